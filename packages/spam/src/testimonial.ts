import type { Reason } from './types.ts';

const GRATITUDE = /\b(?:thank|thanks|grateful|gratitude|testify|testimony|god\s+bless|bless\s+(?:him|her)|appreciate|recommend|glory\s+(?:be\s+)?to\s+god)/i;
const HEALER = /\b(?:prophet|priest(?:ess)?|pastor|apostle|spell[\s-]?caster|spell\s+temple|spiritual\s+(?:healer|doctor|father)|herbalist|herbal\s+(?:doctor|home|clinic|cent(?:re|er)|healer)|native\s+doctor|traditional\s+(?:doctor|healer)|witch\s?doctor|man\s+of\s+god|great\s+(?:man|healer|spell)|sangoma|(?:baba|papa|mama|chief|lord)\s+[a-z]+)\b/i;
const NAMED_DOCTOR = /\b(?:dr\.?|doctor)\s+(?!said|says|told|tells|was|is|has|who|and|or|to|in|at|of|for)[a-z]{3,}/i;
const CURE_CLAIM = /\b(?:cured|curing|healed|totally\s+cured|permanent(?:ly)?\s+cure|cure\s+(?:for|of)|herbs|herbal|roots|remedy|spell)\b/i;
// "contact him", "email the great man", "his whatsapp": directions to someone other than the writer.
const CONTACT_POINTER = /\b(?:contact|e-?mail|mail|reach|call|text|whats\s?app|message|write\s+to|get\s+in\s+touch\s+with)\s+(?:him|her|them|the\s+(?:great|man|doctor|dr|prophet|priest|spell|herbal|native)|dr\.?|doctor|prophet|priest|papa|baba|chief|lord|mama)\b|\b(?:his|her)\s+(?:e-?mail|whats\s?app|number|contact|phone|mobile|website|telegram|address)\b/i;

const NOT_NAMES = new Set(['for', 'to', 'who', 'and', 'the', 'that', 'is', 'was', 'has', 'on', 'via', 'with', 'i', 'he', 'she', 'my', 'from', 'in', 'of', 'at']);

/** The healer's title with the name that follows it: "prophet jeremiah", "Dr Osaze". */
function healerNamed(text: string, match: RegExpMatchArray): string {
  const rest = text.slice(match.index! + match[0].length);
  if (!/^\s/.test(rest)) return match[0];
  const after = rest.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (const word of after.slice(0, 2)) {
    const bare = word.replace(/[^\p{L}'-]/gu, '');
    if (bare === '' || NOT_NAMES.has(bare.toLowerCase())) break;
    name.push(bare);
    if (bare !== word) break;
  }
  return [match[0], ...name].join(' ');
}

function healerIn(text: string): string | undefined {
  const match = text.match(HEALER) ?? (CURE_CLAIM.test(text) ? text.match(NAMED_DOCTOR) : null);
  return match ? healerNamed(text, match) : undefined;
}

/** Thanks to a healer plus a way to reach them: the prophet and spell-caster spam of health blogs. */
export function testimonialReasons(text: string, hasContactDetail: boolean): Reason[] {
  const healer = healerIn(text);
  if (!healer || !(GRATITUDE.test(text) || CURE_CLAIM.test(text))) return [];
  if (CONTACT_POINTER.test(text) || hasContactDetail) {
    return [{ code: 'solicitation.testimonial', detail: `testimonial for "${healer}" telling readers to contact them`, weight: 3.5 }];
  }
  return [{ code: 'solicitation.healer', detail: `praises a healer ("${healer}")`, weight: 1.5 }];
}
