const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The first listed word or phrase that appears as a whole word in the text, or null. */
export function findListedWord(text: string, words: readonly string[]): string | null {
  // NFKC folds full-width and other compatibility letters used to dodge word lists.
  const normalized = text.normalize('NFKC');
  for (const word of words) {
    if (word.trim() === '') continue;
    if (phrasePattern(word.normalize('NFKC')).test(normalized)) return word;
  }
  return null;
}
