import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';
import { users } from './accounts.ts';
import { comments } from './discussion.ts';

export const studyDesign = pgEnum('study_design', [
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
/** ClinicalTrials.gov's recruitment statuses, for studies that are trials. */
export const trialStatus = pgEnum('trial_status', [
  'not_yet_recruiting',
  'recruiting',
  'active_not_recruiting',
  'completed',
  'suspended',
  'terminated',
  'withdrawn',
  'unknown',
]);
export const identifierScheme = pgEnum('identifier_scheme', ['doi', 'pmid', 'pmcid', 'nct', 'isrctn', 'eudract', 'euct']);
export const studyLinkKind = pgEnum('study_link_kind', ['registration_of', 'preprint_of']);
export const citationStance = pgEnum('citation_stance', ['supports', 'contradicts', 'mentions', 'critiques']);
export const sourceRequestStatus = pgEnum('source_request_status', ['open', 'cited', 'personal_experience']);

export const studies = pgTable(
  'studies',
  {
    id: uuid().primaryKey().defaultRandom(),
    title: text().notNull(),
    /** "Family Initials", first author first. */
    authors: text().array().notNull().default(sql`'{}'::text[]`),
    journal: text(),
    year: integer(),
    url: text(),
    /** What people call it in a comment: "MIST", "Muraro 2017". */
    shortName: text().notNull(),
    aliases: text().array().notNull().default(sql`'{}'::text[]`),
    design: studyDesign(),
    sampleSize: integer(),
    population: text(),
    trialStatus: trialStatus(),
    summary: text(),
    /** Suggested from the design until someone confirms it; confirming may also correct it. */
    evidenceLevel: integer(),
    levelConfirmedBy: uuid().references(() => users.id),
    levelConfirmedAt: ts(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [index('studies_created_idx').on(t.createdAt)],
);

/** One row per identifier: the unique key is what stops the same study being entered twice. */
export const studyIdentifiers = pgTable(
  'study_identifiers',
  {
    studyId: uuid()
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    scheme: identifierScheme().notNull(),
    value: text().notNull(),
  },
  (t) => [uniqueIndex('study_identifiers_scheme_value_key').on(t.scheme, t.value), index('study_identifiers_study_idx').on(t.studyId)],
);

/** A trial registration to the papers it produced, a preprint to its final paper. */
export const studyLinks = pgTable(
  'study_links',
  {
    fromStudyId: uuid()
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    kind: studyLinkKind().notNull(),
    toStudyId: uuid()
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.fromStudyId, t.kind, t.toStudyId] }), index('study_links_to_idx').on(t.toStudyId)],
);

/** A claim in a comment linked to the study behind it; the quote is a W3C TextQuoteSelector. */
export const citations = pgTable(
  'citations',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    studyId: uuid()
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    stance: citationStance().notNull(),
    quoteExact: text(),
    quotePrefix: text(),
    quoteSuffix: text(),
    /** Where the quote sits in the comment's current body; null once orphaned. */
    quoteStart: integer(),
    quoteEnd: integer(),
    isOrphaned: boolean().notNull().default(false),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('citations_comment_idx').on(t.commentId), index('citations_study_idx').on(t.studyId)],
);

/** A reader's "Source?" on a claim, open until the comment's author cites a study or calls it personal experience. */
export const sourceRequests = pgTable(
  'source_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    quoteExact: text().notNull(),
    quotePrefix: text(),
    quoteSuffix: text(),
    status: sourceRequestStatus().notNull().default('open'),
    resolvedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('source_requests_comment_idx').on(t.commentId, t.status)],
);

/** Studies a comment seems to name, offered to its author; rebuilt on every post and edit. */
export const citationSuggestions = pgTable(
  'citation_suggestions',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    /** Null for an identifier no study has yet: an "add this study" offer. */
    studyId: uuid().references(() => studies.id, { onDelete: 'cascade' }),
    scheme: identifierScheme(),
    value: text(),
    matched: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    via: text().notNull(),
  },
  (t) => [index('citation_suggestions_comment_idx').on(t.commentId)],
);
