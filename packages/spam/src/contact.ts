import type { Reason } from './types.ts';

// International numbers (+234 …, +1 (555) …, 00 44 …) are how spammers ask to be reached.
const INTERNATIONAL_PHONE = /(?<![\w./+-])(?:\+|00\s?)\d[\d\s().-]{6,22}\d(?![\w.]*\d)/g;
const NATIONAL_PHONE = /(?<![\w./-])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w/])|(?<![\w./-])0\d(?:[\s-]?\d){8,10}(?![\d/])/g;
const MESSENGER = /\b(?:whats\s?app|watsapp|wa\.me|telegram|t\.me|viber|wechat|we\s?chat|snap\s?chat|kik|skype|signal\s+app)\b/gi;
const HANDLE = /(?:^|\s)@[a-z0-9_.]{3,}|\b(?:t\.me|wa\.me)\/\S+|\b(?:user\s?name|id|handle)\s*[:=]?\s*[a-z0-9_.]{4,}/i;
const REACH_ME = new RegExp(String.raw`\b(?:(?:contact|message|text|chat\s+with|reach|add|call|write\s+to)\s+(?:me|him|her|us|them)\s+(?:on|via|through|at)\s+|(?:whats\s?app|telegram|viber)\s+(?:me|him|her|us)\b)`, 'i');
// Matches start only where a word starts and quantifiers are bounded, so long tokens stay linear.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,}/gi;
const MAIL_HOSTS = 'gmail|g\\s?mail|yahoo|hotmail|outlook|aol|protonmail|proton|ymail|icloud|mail|live|zoho';
const DOT = String.raw`(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\(\.\)|\[\.\])\s*|\s+dot\s+|\s*\.\s*)`;
const HIDDEN_EMAIL = new RegExp(
  String.raw`(?<![\w.+-])[\w.+-]{3,64}\s*(?:\(at\)|\[at\]|\{at\}|\s+at\s+|\s@\s)\s*(?:${MAIL_HOSTS})${DOT}(?:com|net|org|co\.uk|fr|de)\b`, 'gi');
const HIDDEN_DOMAIN = new RegExp(
  String.raw`(?<![\w-])[a-z0-9][a-z0-9-]{2,62}(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|\(\.\)|\[\.\])\s*|\s+dot\s+|\s\.\s?)(?:com|net|org|info|biz|xyz|online|site|co\.uk|ng|ru|us|io)\b|(?<![\w-])[a-z0-9][a-z0-9-]{3,62}(?:\s+|\.\s+)com\b`, 'gi');
const NOT_DOMAINS = new Set(['the', 'this', 'that', 'and', 'for', 'with', 'from', 'dot']);
const MAIL_HOST_FIRST = new RegExp(`^(?:${MAIL_HOSTS})\\b`, 'i');
const LONG_NUMBER = /\d{7,}|\d[\d\s-]{8,}\d/;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function phoneReasons(text: string): Reason[] {
  const international = [...text.matchAll(INTERNATIONAL_PHONE)]
    .map((m) => m[0].trim())
    .filter((n) => digitCount(n) >= 8 && digitCount(n) <= 15);
  if (international.length > 0) {
    return [{ code: 'contact.phone', detail: `phone number ${international[0]}`, weight: 4 }];
  }
  const national = [...text.matchAll(NATIONAL_PHONE)].map((m) => m[0].trim());
  if (national.length === 0) return [];
  return [{ code: 'contact.phone', detail: `phone number ${national[0]}`, weight: 2.5 }];
}

function messengerReasons(text: string): Reason[] {
  const apps = [...new Set([...text.matchAll(MESSENGER)].map((m) => m[0].toLowerCase()))];
  if (apps.length === 0) return [];
  const reachable = HANDLE.test(text) || LONG_NUMBER.test(text) || REACH_ME.test(text);
  return reachable
    ? [{ code: 'contact.messenger', detail: `asks to be contacted on ${apps.join(', ')}`, weight: 3 }]
    : [{ code: 'contact.messenger', detail: `mentions ${apps.join(', ')}`, weight: 0.5 }];
}

function emailReasons(text: string): Reason[] {
  const hidden = text.match(HIDDEN_EMAIL);
  if (hidden) return [{ code: 'contact.email', detail: `disguised email address "${hidden[0].trim()}"`, weight: 3.5 }];
  const plain = text.match(EMAIL);
  return plain ? [{ code: 'contact.email', detail: `email address ${plain[0]}`, weight: 2.5 }] : [];
}

function hiddenDomainReasons(text: string): Reason[] {
  const found = [...text.matchAll(HIDDEN_DOMAIN)]
    .map((m) => m[0])
    .filter((m) => !NOT_DOMAINS.has(m.split(/[\s([{.]/)[0]!.toLowerCase()))
    .filter((m) => !MAIL_HOST_FIRST.test(m));
  if (found.length === 0) return [];
  return [{ code: 'contact.obfuscated-domain', detail: `disguised web address "${found[0]}"`, weight: 3 }];
}

/** Ways of being reached outside the forum: phone numbers, messenger handles, emails, disguised addresses. */
export function contactReasons(text: string): Reason[] {
  return [...phoneReasons(text), ...messengerReasons(text), ...emailReasons(text), ...hiddenDomainReasons(text)];
}
