import { testimonialReasons } from './testimonial.ts';
import type { Reason } from './types.ts';

const STRONG_PROMOTION = [
  /\b(?:check\s*(?:out\s+)?|visit\s+|go\s+to\s+|watch\s+|view\s+|sub(?:scribe)?\s+to\s+|follow\s+|like\s+|support\s+)(?:my|our)\s+(?:[\w-]+\s+)?(?:channel|vid(?:eo)?s?|music|songs?|tracks?|page|site|web\s?site|blog|profile|playlist|mixtape|covers?|account|store|shop|stuff|link|vlogs?|instagram|soundcloud|fan\s?page)\b/i,
  /\b(?:subscribe|sub)\s+(?:to\s+)?(?:me|my)\b|\bsub\s?4\s?sub\b|\b(?:sub|subscribe)\s+back\b|\b(?:follow|like|sub)\s*(?:4|for)\s*(?:follow|like|sub)\b/i,
  /\bmy\s+(?:youtube\s+|yt\s+|new\s+)?chann?el\b|\blink\s+(?:is\s+)?in\s+(?:my\s+)?(?:bio|profile)\b/i,
  /\b(?:follow|add)\s+me\s+on\b|\blike\s+(?:and|&)\s+subscribe\b|\b(?:hit|smash)\s+(?:that|the)\s+(?:like|subscribe)\b|\bcheck\s+(?:me|us)\s+out\b/i,
];
// Asking readers to do something for the writer; common in spam, occasional in genuine posts.
const WEAK_PROMOTION = new RegExp([
  String.raw`\bs\w{0,3}scri(?:be|bers?|bing)\b|\bsubs\b|\bfollowers\b`,
  String.raw`\b(?:get|reach|hit|gain|to)\s+(?:\d[\d,.]*k?|more|some|a\s+few)\s+(?:likes|views)\b`,
  String.raw`\bcheck\s+(?:it\s+|this\s+|these\s+|them\s+)?out\b|\bsearch\s+(?:for\s+|up\s+)?["“]`,
  String.raw`\bI\s+(?:have|made|started|run)\s+(?:a|my)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:channel|blog|website|podcast|band)\b`,
  String.raw`\b(?:please|pls|plz)\s+(?:like|share|check|watch|visit|follow|help|support|sub|comment|listen|view|give)\b`,
  String.raw`\b(?:like|share)\s+(?:this|my|our)\s+(?:comment|video|page|post|song)\b|\bthumbs?\s+(?:this\s+)?up\b`,
  String.raw`\bgive\s+(?:it|me|this|us)\s+a\s+(?:like|thumbs)|\bshare\s+(?:this|it|my|our)\s+(?:video|comment|page|link|song|channel)\b`,
  String.raw`\bclick\s+(?:here|the\s+link|this\s+link|below|on\s+(?:the|this|my)\s+link)\b`,
  String.raw`\b(?:visit|go\s+to|head\s+over\s+to)\s+(?:us|our|my|the\s+link|this\s+(?:link|site|page))\b`,
  String.raw`\b(?:add|follow|message|inbox|dm)\s+me\b|\bhit\s+me\s+up\b`,
  String.raw`\b(?:my|our)\s+(?:new\s+|first\s+|latest\s+)?(?:web\s?site|site|blog|page|store|shop|music|songs?|videos?|vids?|rap|remix|mixtape|covers?|album|single|band|profile|playlist|tracks?)\b`,
  String.raw`\btake\s+a\s+(?:look|listen)\b|\b(?:see|hear|listen\s+to)\s+my\b`,
].join('|'), 'gi');

type Offer = { code: string; label: string; weight: number; pattern: RegExp };

const OFFERS: Offer[] = [
  { code: 'solicitation.money', label: 'offers loans', weight: 2.5,
    pattern: /\b(?:need|urgent|quick|instant|personal|business|cheap|cash|fast)\s+(?:a\s+)?loans?\b|\bloans?\s+(?:offer|lender|firm|company|approved)\b|\bprivate\s+lender\b|\bloans?\s+at\s+\d/i },
  { code: 'solicitation.money', label: 'pitches an investment', weight: 2.5,
    pattern: /\b(?:bitcoin|btc|crypto(?:currency)?|forex|binary\s+options?|trading\s+(?:platform|robot|bot|expert|signals?)|account\s+manager|passive\s+income|investment\s+(?:platform|plan|scheme))\b[\s\S]{0,80}\b(?:profit|returns?|earn|income|double|withdraw|guarantee|deposit|daily|weekly|invest)/i },
  { code: 'solicitation.money', label: 'offers to recover money or hack', weight: 2.5,
    pattern: /\b(?:recover(?:y|ed)?|retrieve|get\s+back)\b[^.!?]{0,40}\b(?:funds|bitcoin|crypto|btc|wallet|scammed)\b|\b(?:legit|ethical|professional|genuine)\s+hackers?\b|\bhackers?\b[^.!?]{0,40}\b(?:contact|recover|spy|grades?|credit)/i },
  { code: 'solicitation.money', label: 'promises easy money', weight: 2.5,
    pattern: /\b(?:make|making|earn|earning|earned|made)\s+(?:money|cash|[$£€]\s?\d|\d[\d,.]*\s*(?:dollars|usd|pounds|a\s+day|per\s+(?:day|week|hour)))|\bwork(?:ing)?\s+from\s+home\b|\bget\s+rich\b|\bextra\s+income\b|[$£€]\s?\d[\d,]*\s*(?:a|per)\s+(?:day|week|hour)\b/i },
  { code: 'solicitation.money', label: 'announces a prize or free gift', weight: 2.5,
    pattern: /\b(?:you|u)(?:'ve|\s+have|\s+are)?\s+(?:won(?!['’]t)|a\s+winner|(?:been\s+)?(?:specially\s+)?(?:selected|chosen|awarded))\b|\bclaim\s+(?:your|ur|a|the|now|code|prize)\b|\b(?:cash|prize)\s+(?:prize|reward|award|draw)\b|[$£€]\s?\d[\d,]*\s+(?:cash|prize|award|reward|voucher|bonus)\b|\bwin\s+(?:a\s+)?(?:[$£€]\s?\d|cash|prizes?|free|brand\s+new|tickets?|holiday|iphone|ipad|car|voucher)\b|\bfree\s+(?:entry|gift|ringtones?|iphone|ipad|cash|robux|v-?bucks|gift\s?cards?|spins?|chip|followers|subscribers|likes|views|vacation|holiday|cruise|tickets?)\b/i },
  { code: 'solicitation.adult-or-gambling', label: 'adult, gambling or pill offer', weight: 2.5,
    pattern: /\b(?:porn\w*|xxx\s+(?:videos?|movies?|pics?|sites?)|nudes|naked\s+(?:pics?|photos?|girls?|videos?)|sex\s*(?:chat|cam|video|tape)|web\s?cam\s+(?:girls?|models?|show)|hot\s+(?:girls?|singles|moms?)|horny|escorts?|hook\s?ups?|dating\s+site|sexy\s+(?:girls?|video|pics?|webcam)|casino|slots?\s+(?:game|bonus|machine)|free\s+spins|poker|roulette|jackpot|betting\s+tips|sure\s+odds|viagra|cialis|without\s+(?:a\s+)?prescription)\b/i },
  { code: 'solicitation.text-code', label: 'asks readers to text or call a short code', weight: 2.5,
    pattern: /\b(?:text|txt|send|reply|sms|call|ring|dial)\s+(?:[\w&£'-]+\s+){0,6}?(?:to|on)\s+\d{5,6}\b/i },
  { code: 'solicitation.bulk-terms', label: 'bulk-message small print', weight: 1.5,
    pattern: /\b(?:reply|txt|text|send)\s+(?:stop|yes|win|claim)\b|\bts?\s?&\s?cs?\b|\bopt[\s-](?:out|in)\b|\bunsubscribe\b|\b18\+|\bper\s+(?:msg|min)\b|\/(?:msg|min|wk)\b|\bstd\s+(?:txt\s+)?rate\b|\b\d{2,3}p\b|\b\d+p\s*(?:\/|per)\s*(?:min|msg|text|txt|sms|wk|week)\b/i },
  { code: 'solicitation.urgency', label: 'pressure', weight: 0.5,
    pattern: /\b(?:urgent(?:ly)?|act\s+now|limited\s+(?:time|offer|slots|spots)|expires?\s+(?:today|soon)|hurry|100%\s+(?:guaranteed|free|working|legit|real)|guaranteed)\b/i },
];

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

function promotionReasons(text: string): Reason[] {
  const strong = STRONG_PROMOTION.map((re) => text.match(re)?.[0]).find(Boolean);
  if (strong) return [{ code: 'solicitation.promotion', detail: `self-promotion: ${quote(strong)}`, weight: 3 }];
  const weak = [...new Set((text.match(WEAK_PROMOTION) ?? []).map((m) => m.toLowerCase()))];
  if (weak.length === 0) return [];
  // Several different requests in one comment is the pattern of a plug, not of a passing "check it out".
  const weight = weak.length >= 2 ? 2.5 : 1.5;
  return [{ code: 'solicitation.call-to-action', detail: `call to action: ${weak.map(quote).join(', ')}`, weight }];
}

function offerReasons(text: string): Reason[] {
  return OFFERS.flatMap(({ code, label, weight, pattern }) => {
    const found = text.match(pattern)?.[0];
    return found ? [{ code, detail: `${label}: ${quote(found)}`, weight }] : [];
  });
}

/** What the comment asks readers to do: contact a healer, visit a channel, take money, text a code. */
export function solicitationReasons(text: string, hasContactDetail: boolean): Reason[] {
  return [...testimonialReasons(text, hasContactDetail), ...promotionReasons(text), ...offerReasons(text)];
}
