import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractIdentifiers, normaliseIdentifier } from '../src/index.ts';

const found = (text: string) => extractIdentifiers(text).map(({ scheme, value }) => ({ scheme, value }));

describe('extractIdentifiers: DOIs', () => {
  it('finds a bare DOI and lower-cases it', () => {
    expect(found('The Canadian paper is 10.1016/S0140-6736(16)30169-6 if you want it')).toEqual([
      { scheme: 'doi', value: '10.1016/s0140-6736(16)30169-6' },
    ]);
  });

  it('drops a trailing full stop but keeps brackets that belong to the DOI', () => {
    const [doi] = extractIdentifiers('Read it: doi: 10.1016/S0140-6736(16)30169-6.');
    expect(doi).toMatchObject({ value: '10.1016/s0140-6736(16)30169-6', raw: 'doi: 10.1016/S0140-6736(16)30169-6' });
  });

  it('drops a closing bracket the DOI never opened, and a comma', () => {
    expect(found('(see doi:10.1002/ana.22169), and 10.1001/jamaneurol.2016.5867, too')).toEqual([
      { scheme: 'doi', value: '10.1002/ana.22169' },
      { scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' },
    ]);
  });

  it('reads doi.org and dx.doi.org links, including percent-encoded ones, as one DOI each', () => {
    const ids = extractIdentifiers('https://doi.org/10.1001/jama.2018.18743/ and http://dx.doi.org/10.1002%2Fana.22169.');
    expect(ids).toEqual([
      { scheme: 'doi', value: '10.1001/jama.2018.18743', start: 0, end: 39, raw: 'https://doi.org/10.1001/jama.2018.18743' },
      { scheme: 'doi', value: '10.1002/ana.22169', start: 45, end: 82, raw: 'http://dx.doi.org/10.1002%2Fana.22169' },
    ]);
  });

  it('finds a DOI inside a publisher link and stops at the query string', () => {
    expect(found('https://onlinelibrary.wiley.com/doi/full/10.1002/ana.22169?af=R')).toEqual([{ scheme: 'doi', value: '10.1002/ana.22169' }]);
  });
});

describe('extractIdentifiers: PubMed and PMC', () => {
  it.each([
    ['https://www.ncbi.nlm.nih.gov/pubmed/31347948#', '31347948'],
    ['https://www.ncbi.nlm.nih.gov/m/pubmed/25711670/', '25711670'],
    ['https://m.ncbi.nlm.nih.gov/pubmed/25711670', '25711670'],
    ['www.ncbi.nlm.nih.gov/pubmed/31123141', '31123141'],
    ['ncbi.nlm.nih.gov/pubmed/31123141', '31123141'],
    ['https://pubmed.ncbi.nlm.nih.gov/30644983/', '30644983'],
    ['pubmed.ncbi.nlm.nih.gov/30644983', '30644983'],
  ])('reads the PMID in %s', (link, pmid) => {
    expect(extractIdentifiers(`Here: ${link} (worth a look).`)).toEqual([
      { scheme: 'pmid', value: pmid, start: 6, end: 6 + link.replace(/[#/]$/, '').length, raw: link.replace(/[#/]$/, '') },
    ]);
  });

  it('reads a labelled PMID in either spelling', () => {
    expect(found('PMID: 30644983 and PMID 25711670 and pmid:31347948')).toEqual([
      { scheme: 'pmid', value: '30644983' },
      { scheme: 'pmid', value: '25711670' },
      { scheme: 'pmid', value: '31347948' },
    ]);
  });

  it('does not read an unlabelled number as a PMID', () => {
    expect(found('I was 30644983 times more tired than usual')).toEqual([]);
  });

  it('reads a PMCID in article links, figure links and text, in upper case', () => {
    expect(
      found(
        'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3002608/ then ' +
          'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/figure/F2/ then ' +
          'https://pmc.ncbi.nlm.nih.gov/articles/PMC6439765/ then PMCID: pmc5745133',
      ),
    ).toEqual([
      { scheme: 'pmcid', value: 'PMC3002608' },
      { scheme: 'pmcid', value: 'PMC1234567' },
      { scheme: 'pmcid', value: 'PMC6439765' },
      { scheme: 'pmcid', value: 'PMC5745133' },
    ]);
  });

  it('reports a PMC link once, covering the link', () => {
    expect(extractIdentifiers('ncbi.nlm.nih.gov/pmc/articles/PMC5745133.')).toEqual([
      { scheme: 'pmcid', value: 'PMC5745133', start: 0, end: 40, raw: 'ncbi.nlm.nih.gov/pmc/articles/PMC5745133' },
    ]);
  });
});

describe('extractIdentifiers: trial registrations', () => {
  it('reads NCT numbers in text and in ClinicalTrials.gov links', () => {
    expect(
      extractIdentifiers('Registered as NCT01099930. See https://clinicaltrials.gov/ct2/show/NCT03477500?term=hsct').map(({ value, raw }) => ({ value, raw })),
    ).toEqual([
      { value: 'NCT01099930', raw: 'NCT01099930' },
      { value: 'NCT03477500', raw: 'https://clinicaltrials.gov/ct2/show/NCT03477500' },
    ]);
  });

  it('does not read NCT with the wrong number of digits', () => {
    expect(found('NCT0109993 and NCT010999301')).toEqual([]);
  });

  it('reads ISRCTN numbers with or without a space', () => {
    expect(found('ISRCTN12345678 or ISRCTN 87654321 at https://www.isrctn.com/ISRCTN11223344')).toEqual([
      { scheme: 'isrctn', value: 'ISRCTN12345678' },
      { scheme: 'isrctn', value: 'ISRCTN87654321' },
      { scheme: 'isrctn', value: 'ISRCTN11223344' },
    ]);
  });

  it('reads EudraCT numbers only when labelled or in an EU register link', () => {
    expect(
      found('EudraCT number: 2017-001362-25; https://www.clinicaltrialsregister.eu/ctr-search/trial/2020-000979-21/NL; but not 2012-004847-61 alone'),
    ).toEqual([
      { scheme: 'eudract', value: '2017-001362-25' },
      { scheme: 'eudract', value: '2020-000979-21' },
    ]);
  });

  it('reads EU CT numbers only when labelled or in a CTIS link', () => {
    expect(
      found('EU CT number 2023-503456-12-00, EU-CT: 2022-500024-30-00, https://euclinicaltrials.eu/ctis-public/view/2024-511234-21-00 but not 2023-503456-12-01 alone'),
    ).toEqual([
      { scheme: 'euct', value: '2023-503456-12-00' },
      { scheme: 'euct', value: '2022-500024-30-00' },
      { scheme: 'euct', value: '2024-511234-21-00' },
    ]);
  });
});

describe('extractIdentifiers: things that are not identifiers', () => {
  it.each([
    'Call me on +234 810 555 0199 any time',
    'Freephone 1-800-344-4867 or 0808 800 8000',
    'Transplanted on 2016-09-14, home on 14/09/2016, back 14.09.2016',
    'Between 2006-2016 and 1995–2006 the numbers were 10.2 and 10.25/100',
    'The mistake cost 2017-001362 pounds',
  ])('finds nothing in %j', (text) => {
    expect(extractIdentifiers(text)).toEqual([]);
  });

  it('finds nothing in any date or phone number', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const dateOrPhone = fc.oneof(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).chain((date) =>
        fc.constantFrom(date.toISOString().slice(0, 10), date.toLocaleDateString('en-GB'), date.toLocaleDateString('en-US')),
      ),
      fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `+234 ${a} ${b} ${c}`),
      fc.tuple(digits(3), digits(4)).map(([a, b]) => `1-800-${a}-${b}`),
    );
    fc.assert(fc.property(dateOrPhone, (text) => extractIdentifiers(`Ring ${text} please.`).length === 0));
  });
});

describe('extractIdentifiers: spans', () => {
  it('reports one identifier where a link and its text form overlap', () => {
    const ids = extractIdentifiers('PMCID: https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3002608/');
    expect(ids).toHaveLength(1);
  });

  it('keeps reporting the same identifier at different places', () => {
    expect(found('NCT01099930 ... NCT01099930')).toHaveLength(2);
  });

  it('returns spans in reading order that slice back to raw and never overlap', () => {
    const pieces = fc.constantFrom(
      ' ', '. ', '(', ')', 'doi:', 'PMID: ', 'https://', 'doi.org/', '10.1001/jama.2018.18743', 'PMC3002608', 'NCT01099930',
      'ncbi.nlm.nih.gov/pubmed/', '31347948', 'EudraCT ', '2017-001362-25', 'ISRCTN12345678', 'words',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const ids = extractIdentifiers(text);
        return ids.every((id, i) => text.slice(id.start, id.end) === id.raw && (i === 0 || (ids[i - 1]?.end ?? 0) <= id.start));
      }),
    );
  });
});

describe('normaliseIdentifier', () => {
  it.each([
    ['doi', 'https://doi.org/10.1001/JAMA.2018.18743', '10.1001/jama.2018.18743'],
    ['doi', 'doi: 10.1002/ana.22169.', '10.1002/ana.22169'],
    ['pmid', 'PMID: 31347948', '31347948'],
    ['pmcid', '6439765', 'PMC6439765'],
    ['pmcid', 'pmc6439765', 'PMC6439765'],
    ['nct', 'nct01099930', 'NCT01099930'],
    ['isrctn', 'ISRCTN 12345678', 'ISRCTN12345678'],
    ['eudract', '2017-001362-25', '2017-001362-25'],
    ['euct', '2023-503456-12-00', '2023-503456-12-00'],
  ] as const)('normalises %s %j', (scheme, input, expected) => {
    expect(normaliseIdentifier(scheme, input)).toBe(expected);
  });

  it.each([
    ['doi', 'not a doi'],
    ['pmid', '123456789'],
    ['nct', 'NCT123'],
    ['eudract', '14/09/2016'],
    ['euct', '2017-001362-25'],
  ] as const)('rejects %s %j', (scheme, input) => {
    expect(normaliseIdentifier(scheme, input)).toBeNull();
  });
});
