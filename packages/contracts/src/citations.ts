import { z } from 'zod';
import { PublicUser } from './users.ts';
import { EvidenceBadge, Study, StudyIdentifier, StudySummary } from './studies.ts';

export const CitationStance = z.enum(['supports', 'contradicts', 'mentions', 'critiques']);
export type CitationStance = z.infer<typeof CitationStance>;

/** A W3C Web Annotation TextQuoteSelector over the comment's text: the claim, with some text either side. */
export const Quote = z.object({
  exact: z.string().min(1, 'Select the words of the claim').max(2000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
export type Quote = z.infer<typeof Quote>;

export const CreateCitationInput = z.object({
  studyId: z.uuid('Not a study id'),
  stance: CitationStance,
  quote: Quote.optional(),
});
export type CreateCitationInput = z.infer<typeof CreateCitationInput>;

export const CitationIdParams = z.object({ id: z.uuid('Not a citation id') });

/** What the tag under a comment shows: "Muraro 2017 · cohort study · n=281 · supports". */
export const CitationTag = z.object({
  id: z.string(),
  stance: CitationStance,
  quote: Quote.nullable(),
  /** The quoted words are no longer in the comment. */
  isOrphaned: z.boolean(),
  /** Enough of the study for the card a reader sees on hovering the tag. */
  study: z.object({
    id: z.string(),
    shortName: z.string(),
    title: z.string(),
    journal: z.string().nullable(),
    year: z.number().int().nullable(),
    designLabel: z.string().nullable(),
    evidence: EvidenceBadge.nullable(),
    sampleSize: z.number().int().nullable(),
  }),
});
export type CitationTag = z.infer<typeof CitationTag>;

export const StudyCitation = z.object({
  citationId: z.string(),
  stance: CitationStance,
  quote: Quote.nullable(),
  isOrphaned: z.boolean(),
  commentId: z.string(),
  author: PublicUser,
  threadSlug: z.string(),
  threadTitle: z.string(),
  /** The comment in its thread. */
  permalink: z.string(),
  createdAt: z.string(),
});
export type StudyCitation = z.infer<typeof StudyCitation>;

const byStance = <T extends z.ZodType>(item: T) => z.object({ supports: item, contradicts: item, mentions: item, critiques: item });

export const StudyPage = z.object({
  study: Study,
  /** Published comments only, newest first within each stance. */
  citations: byStance(z.array(StudyCitation)),
  counts: byStance(z.number().int()),
});
export type StudyPage = z.infer<typeof StudyPage>;

export const CreateSourceRequestInput = z.object({ quote: Quote });
export type CreateSourceRequestInput = z.infer<typeof CreateSourceRequestInput>;

export const SourceRequestIdParams = z.object({ id: z.uuid('Not a source request id') });

export const ResolveSourceRequestInput = z.object({ resolution: z.enum(['cited', 'personal_experience']) });
export type ResolveSourceRequestInput = z.infer<typeof ResolveSourceRequestInput>;

export const SourceRequestStatus = z.enum(['open', 'cited', 'personal_experience']);

export const SourceRequest = z.object({
  id: z.string(),
  commentId: z.string(),
  quote: Quote,
  status: SourceRequestStatus,
  requestedBy: PublicUser,
  createdAt: z.string(),
});
export type SourceRequest = z.infer<typeof SourceRequest>;

export const OpenSourceRequestsQuery = z
  .object({ thread: z.string().min(1).max(200).optional(), author: z.string().min(1).max(30).optional() })
  .refine((q) => q.thread !== undefined || q.author !== undefined, { message: 'Name a thread or an author', path: ['thread'] });

export const OpenSourceRequests = z.object({ open: z.number().int(), requests: z.array(SourceRequest) });
export type OpenSourceRequests = z.infer<typeof OpenSourceRequests>;

const Span = { matched: z.string(), start: z.number().int(), end: z.number().int() };

/** A known study the comment names: one click links it. */
export const KnownStudySuggestion = z.object({ kind: z.literal('known_study'), study: StudySummary, ...Span });
/** An identifier no study has yet: "add this study", prefilled from the resolver when it is online. */
export const NewStudySuggestion = z.object({
  kind: z.literal('new_study'),
  identifier: StudyIdentifier,
  prefill: z
    .object({ title: z.string(), authors: z.array(z.string()), journal: z.string().nullable(), year: z.number().int().nullable(), url: z.string().nullable(), identifiers: z.array(StudyIdentifier) })
    .nullable(),
  ...Span,
});
export const CitationSuggestions = z.object({ suggestions: z.array(z.discriminatedUnion('kind', [KnownStudySuggestion, NewStudySuggestion])) });
export type CitationSuggestions = z.infer<typeof CitationSuggestions>;
