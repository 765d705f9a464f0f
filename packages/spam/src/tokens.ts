import { normalize } from './normalize.ts';
import { shouting } from './style.ts';

const GRAM = 4;
const LONGEST_GRAM_WORD = 24;

/** Lower-cased words; digit runs become their length, because the digits themselves never repeat. */
export function splitWords(clean: string): string[] {
  const words = clean.toLowerCase().replace(/['’`]/g, '').split(/[^\p{L}\p{N}]+/u);
  const out: string[] = [];
  for (const word of words) {
    if (word === '') continue;
    out.push(/^\d+$/.test(word) ? `#${Math.min(word.length, 7)}` : word);
  }
  return out;
}

function addGrams(word: string, features: Set<string>): void {
  if (word.length < GRAM - 1 || word.length > LONGEST_GRAM_WORD || word[0] === '#') return;
  const padded = ` ${word} `;
  for (let i = 0; i + GRAM <= padded.length; i++) features.add(`c:${padded.slice(i, i + GRAM)}`);
}

function lengthBucket(length: number): string {
  if (length < 40) return 's:len-tiny';
  if (length < 160) return 's:len-short';
  if (length < 600) return 's:len-medium';
  return 's:len-long';
}

/** How the text looks, independent of its words: spam shouts, links and names prices. */
function shapesOf(text: string): string[] {
  const shapes = [lengthBucket(text.length)];
  if (shouting(text) > 0.5) shapes.push('s:shouting');
  if (/!{2,}/.test(text)) shapes.push('s:exclamations');
  if (/https?:\/\/|www\./i.test(text)) shapes.push('s:link');
  if (/[$£€₦]\s?\d|\d\s?(?:usd|dollars|pounds|euros)\b/i.test(text)) shapes.push('s:money');
  return shapes;
}

/** Features of a text already passed through `normalize`. */
export function featuresOf(clean: string): string[] {
  const words = splitWords(clean);
  const features = new Set<string>(shapesOf(clean));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    features.add(`w:${word}`);
    if (i > 0) features.add(`b:${words[i - 1]} ${word}`);
    addGrams(word, features);
  }
  return [...features];
}

/**
 * The classifier's features for a text, each listed once: words, word pairs,
 * 4-letter pieces of words (they survive misspelling and inflection) and shapes.
 */
export function tokensOf(text: string): string[] {
  return featuresOf(normalize(text));
}
