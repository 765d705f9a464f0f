export type StudyDesign =
  | 'systematic_review'
  | 'meta_analysis'
  | 'randomised_trial'
  | 'non_randomised_trial'
  | 'single_arm_trial'
  | 'cohort'
  | 'case_control'
  | 'case_series'
  | 'case_report'
  | 'narrative_review'
  | 'expert_opinion'
  | 'preclinical';

export type EvidenceLevelNumber = 1 | 2 | 3 | 4 | 5;

export type EvidenceLevel = { level: EvidenceLevelNumber; label: string; explanation: string };

// Labels follow the Oxford CEBM ladder for "does this treatment help?", worded for patients.
const labels: Record<EvidenceLevelNumber, string> = {
  1: 'systematic review',
  2: 'randomised trial',
  3: 'cohort study',
  4: 'case series',
  5: 'expert opinion',
};

const levels: Record<StudyDesign, { level: EvidenceLevelNumber; explanation: string }> = {
  systematic_review: { level: 1, explanation: 'Pulls together all the trials on a question, so one odd result counts for less.' },
  meta_analysis: { level: 1, explanation: 'Combines the numbers from several trials into one larger answer.' },
  randomised_trial: { level: 2, explanation: 'Chance decided who got the treatment, so the groups can be compared fairly.' },
  non_randomised_trial: { level: 3, explanation: 'Compares treated and untreated groups, but people were not assigned by chance.' },
  // No comparison group, so OCEBM places it with case series rather than with controlled studies.
  single_arm_trial: { level: 4, explanation: 'Everyone got the treatment and nobody was compared, so it shows what happened, not what it caused.' },
  cohort: { level: 3, explanation: 'Follows groups of people over time; other differences between them can blur the result.' },
  case_control: { level: 4, explanation: 'Looks back at people with and without an outcome; memory and selection can skew it.' },
  case_series: { level: 4, explanation: 'Describes a group of treated patients without a comparison group.' },
  case_report: { level: 4, explanation: 'Describes one or a few patients; it shows what can happen, not how often.' },
  narrative_review: { level: 5, explanation: 'An expert summary that does not search for every study, so it reflects the authors’ choices.' },
  expert_opinion: { level: 5, explanation: 'The view of experienced people, not yet tested in patients in a study.' },
  preclinical: { level: 5, explanation: 'Laboratory or animal work; it suggests how a treatment might work, not whether it helps people.' },
};

/** The evidence level a study design starts at, before anyone appraises the study itself. */
export function evidenceLevelFor(design: StudyDesign): EvidenceLevel {
  const { level, explanation } = levels[design];
  return { level, label: labels[level], explanation };
}

const designLabels: Record<StudyDesign, string> = {
  systematic_review: 'systematic review',
  meta_analysis: 'meta-analysis',
  randomised_trial: 'randomised trial',
  non_randomised_trial: 'non-randomised trial',
  single_arm_trial: 'single-arm trial',
  cohort: 'cohort study',
  case_control: 'case-control study',
  case_series: 'case series',
  case_report: 'case report',
  narrative_review: 'narrative review',
  expert_opinion: 'expert opinion',
  preclinical: 'laboratory or animal study',
};

/** What the study was, in a reader's words: the tag on a cited claim shows this, not the level's label. */
export function designLabelFor(design: StudyDesign): string {
  return designLabels[design];
}

const levelExplanations: Record<EvidenceLevelNumber, string> = {
  1: 'Pulls together the trials on a question, so one odd result counts for less.',
  2: 'Chance decided who got the treatment, so the groups can be compared fairly.',
  3: 'Compares groups that were not assigned by chance; other differences between them can blur the result.',
  4: 'Describes treated patients without a fair comparison group.',
  5: 'Opinion, reasoning or laboratory work, not yet tested in patients in a study.',
};

/** A level someone confirmed or corrected, explained for the level rather than for one design. */
export function evidenceLevelOf(level: EvidenceLevelNumber): EvidenceLevel {
  return { level, label: labels[level], explanation: levelExplanations[level] };
}
