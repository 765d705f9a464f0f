import { shippedCounts } from './classifier.ts';
import { splitWords } from './tokens.ts';
import type { Reason, ScoringContext } from './types.ts';

const STOPWORDS = new Set(`
about above after again also always another anyone because been before being below between both cannot could
does doing done down during each even ever every from further have having here into just know like make many more
most much must never only other over really same should since some still such than that their them then there
these they thing think this those through under until very want well were what when where which while will with
would your yours youre dont cant been just ever
`.split(/\s+/));

let spamWords: Set<string> | undefined;

/** Words the shipped corpus only ever saw in spam. */
function spamVocabulary(): Set<string> {
  if (!spamWords) {
    spamWords = new Set();
    for (const [token, { spam, ham }] of shippedCounts().tokens) {
      if (token.startsWith('w:') && spam >= 2 && ham === 0) spamWords.add(stem(token.slice(2)));
    }
  }
  return spamWords;
}

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function contentWords(text: string): Set<string> {
  return new Set(splitWords(text).filter((w) => w.length >= 4 && !STOPWORDS.has(w)).map(stem));
}

function share(words: Set<string>, within: Set<string>): number {
  let hits = 0;
  for (const w of words) if (within.has(w)) hits++;
  return hits / words.size;
}

const percent = (x: number) => `${Math.round(100 * x)}%`;

/** Compares what the comment talks about with its thread (and the comment it answers) and with known spam. */
export function topicReasons(text: string, context: ScoringContext): Reason[] {
  const topicText = [context.thread?.title, context.thread?.body, context.parent?.text].filter(Boolean).join(' ');
  const words = contentWords(text);
  if (topicText === '' || words.size < 5) return [];
  const onTopic = share(words, contentWords(topicText));
  if (onTopic >= 0.2) {
    return [{ code: 'topic.on-thread', detail: `${percent(onTopic)} of its words come from the thread`, weight: -1 }];
  }
  const spammy = share(words, spamVocabulary());
  if (onTopic >= 0.1 || spammy <= onTopic) return [];
  const detail = `${percent(onTopic)} of its words come from the thread, ${percent(spammy)} are typical of spam`;
  return [{ code: 'topic.off-thread', detail, weight: 1.5 }];
}
