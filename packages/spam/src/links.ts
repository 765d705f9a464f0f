import type { Reason } from './types.ts';

const FULL_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\])]+/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w.-]+/g;
// Bare addresses are matched in lower case only, so that "MS.It was" is not read as a domain.
const BARE_DOMAIN = /(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,5}(?:com|net|org|gov|edu|info|biz|io|ly|be|xyz|top|online|site|club|shop|live|app|co\.uk|org\.uk|ac\.uk|nhs\.uk)\b(?:\/[^\s<>"'\])]*)?/g;

// Citing research is what this forum is for; these addresses are never evidence of spam.
const RESEARCH = [
  'doi.org', 'nih.gov', 'clinicaltrials.gov', 'clinicaltrialsregister.eu', 'isrctn.com', 'europepmc.org',
  'nationalmssociety.org', 'mssociety.org.uk', 'mssociety.ca', 'msif.org', 'mstrust.org.uk', 'msaustralia.org.au',
  'thelancet.com', 'nejm.org', 'jamanetwork.com', 'bmj.com', 'nature.com', 'sciencedirect.com', 'springer.com',
  'wiley.com', 'frontiersin.org', 'neurology.org', 'sagepub.com', 'oup.com', 'cell.com', 'plos.org',
  'tandfonline.com', 'karger.com', 'cochranelibrary.com', 'medrxiv.org', 'biorxiv.org', 'researchgate.net',
  'ebmt.org', 'ectrims-congress.eu', 'who.int', 'nice.org.uk', 'ema.europa.eu', 'fda.gov', 'mdpi.com',
];
const RESEARCH_SUFFIXES = ['.gov', '.edu', '.ac.uk', '.nhs.uk'];
// Patient groups and petitions are how this community organises; a Facebook page or profile is not a group.
const COMMUNITY = [/^(?:[a-z]+\.)?facebook\.com\/groups\//, /^change\.org\/p\//, /^(?:[a-z]+\.)?wikipedia\.org\//, /^reddit\.com\/r\//, /^bbc\.co\.uk\//];
const SHORTENERS = [
  'bit.ly', 'adf.ly', 'goo.gl', 'tinyurl.com', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'shorturl.at',
  'rebrand.ly', 'tiny.cc', 'linktr.ee', 'rb.gy', 'shorte.st', 'bc.vc',
];

/** The address without scheme and "www.", lower-cased: "facebook.com/groups/ukhsct/". */
function bareAddress(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
}

const hostOf = (address: string) => address.split(/[/?#:]/)[0]!;

function isUnder(host: string, domains: string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

export type LinkKind = 'research' | 'community' | 'shortener' | 'other';

export function linkKind(address: string): LinkKind {
  const host = hostOf(address);
  if (isUnder(host, RESEARCH) || RESEARCH_SUFFIXES.some((s) => host.endsWith(s))) return 'research';
  if (COMMUNITY.some((re) => re.test(`${address}/`))) return 'community';
  if (isUnder(host, SHORTENERS)) return 'shortener';
  return 'other';
}

export function addressesIn(text: string): string[] {
  const full = text.match(FULL_URL) ?? [];
  const rest = text.replace(FULL_URL, ' ').replace(EMAIL, ' ');
  return [...full, ...(rest.match(BARE_DOMAIN) ?? [])].map(bareAddress);
}

const REFERRAL = /[?&](?:ref|aff|affiliate|affiliateid|referral|refer|partner|utm_source|tag|rrid)=|\/(?:ref|aff|affiliates?|partners?)\//i;
const LINK_DROP_WORDS = 6;

/** A comment that is little more than an address is a link drop, whatever the address. */
function isLinkDrop(text: string): boolean {
  const rest = text.replace(FULL_URL, ' ').replace(BARE_DOMAIN, ' ');
  return rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length <= LINK_DROP_WORDS;
}

function otherLinkWeight(count: number): number {
  return Math.min(2, 1 + 0.5 * (count - 1));
}

function outsideLinkReasons(text: string, outside: string[]): Reason[] {
  const reasons: Reason[] = [];
  const shorteners = outside.filter((a) => linkKind(a) === 'shortener').map(hostOf);
  if (shorteners.length > 0) {
    reasons.push({ code: 'links.shortener', detail: `hides a link behind ${shorteners[0]}`, weight: 2 });
  }
  const other = outside.filter((a) => linkKind(a) === 'other').map(hostOf);
  if (other.length > 0) {
    const detail = `links to ${[...new Set(other)].join(', ')}`;
    reasons.push({ code: 'links.unknown', detail, weight: otherLinkWeight(other.length) });
  }
  if (outside.some((a) => REFERRAL.test(a))) {
    reasons.push({ code: 'links.referral', detail: 'link carries a referral or affiliate code', weight: 1 });
  }
  if (isLinkDrop(text)) reasons.push({ code: 'links.drop', detail: 'little more than a link', weight: 1.5 });
  if (outside.length >= 3) {
    reasons.push({ code: 'links.many', detail: `${outside.length} links outside research and patient groups`, weight: 1 });
  }
  return reasons;
}

/** Links to unknown sites and link shorteners raise suspicion; research and patient-group links do not. */
export function linkReasons(text: string): Reason[] {
  const addresses = addressesIn(text);
  const research = [...new Set(addresses.filter((a) => linkKind(a) === 'research').map(hostOf))];
  const outside = addresses.filter((a) => linkKind(a) === 'other' || linkKind(a) === 'shortener');
  return [
    ...(research.length > 0 ? [{ code: 'links.research', detail: `cites ${research.join(', ')}`, weight: -0.5 }] : []),
    ...(outside.length > 0 ? outsideLinkReasons(text, outside) : []),
  ];
}
