import { designLabelFor, evidenceLevelFor, evidenceLevelOf, type EvidenceLevelNumber } from '@forum/citations';
import type { EvidenceBadge, StudyIdentifier, StudySummary } from '@forum/contracts';
import type { StudyRow } from './queries.ts';

type LevelFields = Pick<StudyRow, 'design' | 'evidenceLevel' | 'levelConfirmedAt'>;

/** The level the design suggests, marked unreviewed, until someone confirms (and perhaps corrects) it. */
export function evidenceBadge(row: LevelFields): EvidenceBadge | null {
  if (row.levelConfirmedAt && row.evidenceLevel) return { ...evidenceLevelOf(row.evidenceLevel as EvidenceLevelNumber), status: 'confirmed' };
  if (!row.design) return null;
  return { ...evidenceLevelFor(row.design), status: 'unreviewed' };
}

export function designLabel(row: Pick<StudyRow, 'design'>): string | null {
  return row.design ? designLabelFor(row.design) : null;
}

export function toStudySummary(row: StudyRow, identifiers: Array<StudyIdentifier & { studyId: string }>): StudySummary {
  return {
    id: row.id,
    shortName: row.shortName,
    title: row.title,
    authors: row.authors,
    journal: row.journal,
    year: row.year,
    design: row.design,
    designLabel: designLabel(row),
    sampleSize: row.sampleSize,
    evidence: evidenceBadge(row),
    identifiers: identifiers.filter((id) => id.studyId === row.id).map(({ scheme, value }) => ({ scheme, value })),
  };
}
