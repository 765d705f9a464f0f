import type { Label } from './types.ts';
import { TESTIMONIALS } from './corpus/spam-testimonials.ts';
import { MONEY } from './corpus/spam-money.ts';
import { PROMOTION } from './corpus/spam-promotion.ts';
import { SHORT, SOCIAL } from './corpus/spam-short.ts';
import { MORE } from './corpus/spam-more.ts';
import { STORIES } from './corpus/ham-stories.ts';
import { DEBATE } from './corpus/ham-debate.ts';
import { LINKS } from './corpus/ham-links.ts';
import { QUESTIONS, THANKS } from './corpus/ham-questions.ts';
import { CHAT, REACHING_OUT } from './corpus/ham-chat.ts';
import { MEDIA } from './corpus/ham-media.ts';

export type Example = { text: string; label: Label };

function examples(block: string, label: Label): Example[] {
  return block.split('\n').filter((line) => line.trim() !== '').map((text) => ({ text, label }));
}

/** The shipped training set, written by the team; one example per line in each block. */
export const CORPUS: Example[] = [
  ...[TESTIMONIALS, MONEY, PROMOTION, SHORT, SOCIAL, MORE].flatMap((block) => examples(block, 'spam')),
  ...[STORIES, DEBATE, LINKS, QUESTIONS, THANKS, CHAT, REACHING_OUT, MEDIA].flatMap((block) => examples(block, 'ham')),
];
