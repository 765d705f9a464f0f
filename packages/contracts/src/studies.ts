import { z } from 'zod';
import { PublicUser } from './users.ts';

export const StudyDesign = z.enum([
  'systematic_review',
  'meta_analysis',
  'randomised_trial',
  'non_randomised_trial',
  'single_arm_trial',
  'cohort',
  'case_control',
  'case_series',
  'case_report',
  'narrative_review',
  'expert_opinion',
  'preclinical',
]);
export type StudyDesign = z.infer<typeof StudyDesign>;

export const TrialStatus = z.enum(['not_yet_recruiting', 'recruiting', 'active_not_recruiting', 'completed', 'suspended', 'terminated', 'withdrawn', 'unknown']);
export type TrialStatus = z.infer<typeof TrialStatus>;

export const IdentifierScheme = z.enum(['doi', 'pmid', 'pmcid', 'nct', 'isrctn', 'eudract', 'euct']);
export type IdentifierScheme = z.infer<typeof IdentifierScheme>;

/** As typed by a person; the API normalises it (lower-case DOI, `PMC…`) and refuses what is not one. */
export const StudyIdentifierInput = z.object({ scheme: IdentifierScheme, value: z.string().trim().min(1).max(200) });
export const StudyIdentifier = z.object({ scheme: IdentifierScheme, value: z.string() });
export type StudyIdentifier = z.infer<typeof StudyIdentifier>;

/** `registration_of`: this trial registration produced that paper; `preprint_of`: this preprint became that paper. */
export const StudyLinkKind = z.enum(['registration_of', 'preprint_of']);
export type StudyLinkKind = z.infer<typeof StudyLinkKind>;

export const EvidenceLevelNumber = z.number().int().min(1).max(5);

const Name = z.string().trim().min(1).max(120);

export const CreateStudyInput = z.object({
  title: z.string().trim().min(3, 'Use at least 3 characters').max(500),
  authors: z.array(z.string().trim().min(1).max(120)).max(100).default([]),
  journal: z.string().trim().min(1).max(300).optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  url: z.url().max(2000).optional(),
  shortName: Name,
  aliases: z.array(Name).max(20).default([]),
  design: StudyDesign.optional(),
  sampleSize: z.number().int().min(1).max(10_000_000).optional(),
  population: z.string().trim().min(1).max(1000).optional(),
  trialStatus: TrialStatus.optional(),
  summary: z.string().trim().min(1).max(3000).optional(),
  identifiers: z.array(StudyIdentifierInput).max(20).default([]),
  links: z.array(z.object({ kind: StudyLinkKind, studyId: z.uuid('Not a study id') })).max(20).default([]),
});
export type CreateStudyInput = z.infer<typeof CreateStudyInput>;

/** Every field may change; a list given replaces the old one. Null clears an optional field. */
export const UpdateStudyInput = z
  .object({
    title: CreateStudyInput.shape.title,
    authors: CreateStudyInput.shape.authors.unwrap(),
    journal: CreateStudyInput.shape.journal.unwrap().nullable(),
    year: CreateStudyInput.shape.year.unwrap().nullable(),
    url: CreateStudyInput.shape.url.unwrap().nullable(),
    shortName: Name,
    aliases: CreateStudyInput.shape.aliases.unwrap(),
    design: StudyDesign.nullable(),
    sampleSize: CreateStudyInput.shape.sampleSize.unwrap().nullable(),
    population: CreateStudyInput.shape.population.unwrap().nullable(),
    trialStatus: TrialStatus.nullable(),
    summary: CreateStudyInput.shape.summary.unwrap().nullable(),
    identifiers: CreateStudyInput.shape.identifiers.unwrap(),
    links: CreateStudyInput.shape.links.unwrap(),
  })
  .partial();
export type UpdateStudyInput = z.infer<typeof UpdateStudyInput>;

/** Confirms the suggested level, or corrects it while confirming. */
export const ConfirmLevelInput = z.object({ level: EvidenceLevelNumber.optional() });
export type ConfirmLevelInput = z.infer<typeof ConfirmLevelInput>;

export const StudyIdParams = z.object({ id: z.uuid('Not a study id') });

export const StudySearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type StudySearchQuery = z.infer<typeof StudySearchQuery>;

/** "unreviewed" until an author or moderator confirms the level the design suggests. */
export const EvidenceBadge = z.object({
  level: EvidenceLevelNumber,
  label: z.string(),
  explanation: z.string(),
  status: z.enum(['unreviewed', 'confirmed']),
});
export type EvidenceBadge = z.infer<typeof EvidenceBadge>;

export const StudySummary = z.object({
  id: z.string(),
  shortName: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  journal: z.string().nullable(),
  year: z.number().int().nullable(),
  design: StudyDesign.nullable(),
  designLabel: z.string().nullable(),
  sampleSize: z.number().int().nullable(),
  evidence: EvidenceBadge.nullable(),
  identifiers: z.array(StudyIdentifier),
});
export type StudySummary = z.infer<typeof StudySummary>;

export const StudyLink = z.object({ kind: StudyLinkKind, direction: z.enum(['from', 'to']), study: z.object({ id: z.string(), shortName: z.string() }) });

export const Study = StudySummary.extend({
  url: z.string().nullable(),
  aliases: z.array(z.string()),
  population: z.string().nullable(),
  trialStatus: TrialStatus.nullable(),
  summary: z.string().nullable(),
  links: z.array(StudyLink),
  createdBy: PublicUser,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Study = z.infer<typeof Study>;

export const StudyList = z.object({ studies: z.array(StudySummary) });
export type StudyList = z.infer<typeof StudyList>;

export const ReferenceFormat = z.enum(['bibtex', 'ris', 'csl-json']);
export const ImportStudiesInput = z.object({
  format: ReferenceFormat,
  content: z.string().min(1, 'Paste or upload the export').max(200_000),
});
export type ImportStudiesInput = z.infer<typeof ImportStudiesInput>;

export const ImportReport = z.object({
  created: z.array(StudySummary),
  /** An entry whose identifier a study already has: the study gains the entry's other identifiers, nothing else changes. */
  merged: z.array(z.object({ study: StudySummary, matchedOn: StudyIdentifier })),
  /** `index` counts entries in the file from 0. */
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;
