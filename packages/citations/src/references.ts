// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- citation-js ships no types, and every program compiling this file needs them
/// <reference path="./citation-js.d.ts" />
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { draftFromCsl, isRecord, type DraftResult, type StudyDraft } from './draft.ts';

export type ReferenceFormat = 'bibtex' | 'ris' | 'csl-json';

export type RejectedReference = { index: number; reason: string };

export type ParsedReferences = { entries: StudyDraft[]; rejected: RejectedReference[] };

/**
 * Study drafts from a reference-manager export. Each entry is parsed on its own, so one broken entry
 * is reported in `rejected` (by its position in the file, from 0) instead of failing the whole file.
 */
export function parseReferences(input: string, format: ReferenceFormat): ParsedReferences {
  const result: ParsedReferences = { entries: [], rejected: [] };
  const split = splitters[format](input);
  if ('reason' in split) return { ...result, rejected: [{ index: 0, reason: split.reason }] };
  split.items.forEach((item, index) => {
    const parsed = parseOne(item, format);
    if (parsed.ok) result.entries.push(parsed.draft);
    else result.rejected.push({ index, reason: parsed.reason });
  });
  return result;
}

// Forcing the input type keeps citation-js from guessing, and so from ever treating text as a URL to fetch.
const citationJsType: Record<ReferenceFormat, string> = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  'csl-json': '@csl/list+object',
};

type Split = { items: unknown[] } | { reason: string };

const splitters: Record<ReferenceFormat, (input: string) => Split> = {
  bibtex: splitBibtex,
  ris: splitRis,
  'csl-json': splitCslJson,
};

const BIBTEX_ENTRY_START = /^[ \t]*@\s*(\w+)\s*[{(]/gm;

function splitBibtex(input: string): Split {
  const starts = [...input.matchAll(BIBTEX_ENTRY_START)];
  const chunks = starts.map((start, i) => ({
    type: (start[1] ?? '').toLowerCase(),
    text: input.slice(start.index, starts[i + 1]?.index ?? input.length),
  }));
  // @string macros may be used by any later entry, so every entry is parsed with them in front.
  const macros = chunks.filter((chunk) => chunk.type === 'string').map((chunk) => chunk.text).join('\n');
  const entries = chunks.filter((chunk) => !['string', 'comment', 'preamble'].includes(chunk.type));
  return entries.length ? { items: entries.map((entry) => `${macros}\n${entry.text}`) } : { reason: 'no BibTeX entries found' };
}

function splitRis(input: string): Split {
  const records = input.split(/(?<=^ER {1,2}-.*$)/m).filter((record) => record.trim() !== '');
  return records.length ? { items: records.map((record) => record.trim() + '\n') } : { reason: 'no RIS records found' };
}

function splitCslJson(input: string): Split {
  try {
    const parsed: unknown = JSON.parse(input);
    return { items: Array.isArray(parsed) ? parsed : [parsed] };
  } catch (error) {
    return { reason: `not valid JSON: ${messageOf(error)}` };
  }
}

function parseOne(item: unknown, format: ReferenceFormat): DraftResult {
  const problem = problemBeforeParsing[format](item);
  if (problem) return { ok: false, reason: problem };
  try {
    const [csl] = new Cite(format === 'csl-json' ? [item] : item, { forceType: citationJsType[format] }).data;
    return csl === undefined ? { ok: false, reason: 'not a reference' } : draftFromCsl(csl);
  } catch (error) {
    return { ok: false, reason: `could not be read: ${messageOf(error)}` };
  }
}

// citation-js fails obscurely on these, so they are caught first with a reason a person can act on.
const problemBeforeParsing: Record<ReferenceFormat, (item: unknown) => string | null> = {
  bibtex: () => null,
  ris: (record) => (typeof record === 'string' && /^TY {1,2}-/.test(record) ? null : 'a RIS record must start with a TY line'),
  'csl-json': (item) => (isRecord(item) ? null : 'not a reference object'),
};

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Line numbers would point into the single entry we handed over, not into the user's file.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+ col \d+:?$/, '');
}
