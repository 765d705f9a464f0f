import { extractIdentifiers, normaliseIdentifier, type Identifier } from './identifiers.ts';
import { keepLongestSpans } from './spans.ts';

export type KnownStudy = {
  id: string;
  shortName: string;
  aliases: string[];
  identifiers: Identifier[];
  /** Family name first, as in "Muraro PA" or "Muraro, Paolo A." */
  firstAuthor?: string;
  year?: number;
};

export type StudyMention = { studyId: string; start: number; end: number; matched: string; via: 'identifier' | 'alias' };

/**
 * Where the text names a known study, by identifier, alias, short name or "Author et al." / "Author 2017".
 * A name shared by several studies (two papers by Burt et al.) is left unlinked rather than guessed.
 */
export function findStudyMentions(text: string, studies: KnownStudy[]): StudyMention[] {
  const byName = unambiguous(studies.flatMap((study) => nameMentions(text, study)));
  return keepLongestSpans([...identifierMentions(text, studies), ...byName]);
}

function identifierMentions(text: string, studies: KnownStudy[]): StudyMention[] {
  const owners = new Map<string, string>();
  for (const study of studies) {
    for (const { scheme, value } of study.identifiers) {
      owners.set(`${scheme}:${normaliseIdentifier(scheme, value) ?? value}`, study.id);
    }
  }
  return extractIdentifiers(text).flatMap(({ scheme, value, start, end, raw }) => {
    const studyId = owners.get(`${scheme}:${value}`);
    return studyId ? [{ studyId, start, end, matched: raw, via: 'identifier' as const }] : [];
  });
}

function nameMentions(text: string, study: KnownStudy): StudyMention[] {
  const aliases = [study.shortName, ...study.aliases].filter((alias) => alias.trim() !== '');
  const matches = [
    ...aliases.flatMap((alias) => [...text.matchAll(aliasPattern(alias))].filter((match) => keepsCapitals(alias, match[0]))),
    ...(study.firstAuthor ? text.matchAll(authorPattern(study.firstAuthor, study.year)) : []),
  ];
  return matches.map((match) => ({
    studyId: study.id,
    start: match.index,
    end: match.index + match[0].length,
    matched: match[0],
    via: 'alias' as const,
  }));
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (phrase: string) => phrase.trim().split(/\s+/);
const wholeWord = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');

function aliasPattern(alias: string): RegExp {
  return wholeWord(words(alias).map(escape).join('\\s+'));
}

// All-caps words are names (MIST, HALT-MS, EXPAND): "mist" or "expand" in running text is not the trial.
const isAcronym = (word: string) => /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

function keepsCapitals(alias: string, matched: string): boolean {
  const found = words(matched);
  return words(alias).every((word, i) => !isAcronym(word) || found[i] === word);
}

function authorPattern(firstAuthor: string, year: number | undefined): RegExp {
  const surname = escape(familyName(firstAuthor));
  const colleagues = String.raw`\s+(?:et\s+al\b\.?|and\s+colleagues)`;
  const published = year === undefined ? null : `,?\\s*(?:\\(${year}\\)|${year})`;
  const after = published ? `${colleagues}(?:${published})?|${published}` : colleagues;
  return wholeWord(`${surname}(?:${after})`);
}

function familyName(author: string): string {
  const [beforeComma = ''] = author.split(',');
  return beforeComma.trim().replace(/\s+\p{Lu}{1,3}$/u, '');
}

function unambiguous(mentions: StudyMention[]): StudyMention[] {
  const studiesAt = new Map<string, Set<string>>();
  for (const { start, end, studyId } of mentions) {
    const key = `${start}:${end}`;
    studiesAt.set(key, (studiesAt.get(key) ?? new Set()).add(studyId));
  }
  return mentions.filter(({ start, end }) => studiesAt.get(`${start}:${end}`)?.size === 1);
}
