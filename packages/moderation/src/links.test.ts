import { describe, expect, it } from 'vitest';
import { isResearchLink, riskyLinks } from './links.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const domains = DEFAULT_SETTINGS.researchDomains;

describe('research links', () => {
  it.each([
    'https://www.ncbi.nlm.nih.gov/pubmed/22128143',
    'https://pubmed.ncbi.nlm.nih.gov/22128143/',
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5000000/',
    'https://doi.org/10.1001/jama.2015.0101',
    'http://dx.doi.org/10.1177/1352458511427512',
    'https://clinicaltrials.gov/ct2/show/NCT00273364',
    'https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(16)30169-6',
    'https://jamanetwork.com/journals/jama/fullarticle/2107098',
    'https://n.neurology.org/content/86/3/1',
    'www.ncbi.nlm.nih.gov/pubmed/1',
    'HTTPS://WWW.NEJM.ORG/doi/full/10.1056/NEJMoa1802670',
  ])('%s is not risky', (link) => {
    expect(isResearchLink(link, domains)).toBe(true);
  });

  it.each([
    'https://ncbi.nlm.nih.gov.evil.com/pubmed/1',
    'https://fakencbi.nlm.nih.gov.example/x',
    'https://notdoi.org/10.1/x',
    'https://ncbi.nlm.nih.gov@evil.com/',
    'https://www.facebook.com/groups/hsctforms',
    'https://www.change.org/p/nice',
    'javascript:alert(1)',
    'not a url at all',
  ])('%s is risky', (link) => {
    expect(isResearchLink(link, domains)).toBe(false);
  });

  it('uses the configurable allowlist on top of the built-in sources', () => {
    expect(isResearchLink('https://www.msrc.co.uk/x', ['msrc.co.uk'])).toBe(true);
    expect(isResearchLink('https://www.thelancet.com/x', [])).toBe(false);
    expect(isResearchLink('https://doi.org/10.1/x', [])).toBe(true);
  });

  it('keeps only the risky links', () => {
    const links = ['https://doi.org/10.1/x', 'https://investors.atarabio.com/news'];
    expect(riskyLinks(links, DEFAULT_SETTINGS)).toEqual(['https://investors.atarabio.com/news']);
  });
});
