import type { ModerationSettings } from './settings.ts';

/** Research sources that are trusted whatever the community's allowlist says. */
export const ALWAYS_RESEARCH_DOMAINS: readonly string[] = [
  'doi.org',
  'ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'clinicaltrials.gov',
];

function hostOf(link: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

const isOnDomain = (host: string, domain: string) => {
  const d = domain.toLowerCase();
  return host === d || host.endsWith(`.${d}`);
};

export function isResearchLink(link: string, researchDomains: readonly string[]): boolean {
  const host = hostOf(link);
  if (host === null) return false;
  return [...ALWAYS_RESEARCH_DOMAINS, ...researchDomains].some((d) => isOnDomain(host, d));
}

/** Links that are not research sources; unreadable links count as risky. */
export function riskyLinks(links: readonly string[], settings: ModerationSettings): string[] {
  return links.filter((link) => !isResearchLink(link, settings.researchDomains));
}
