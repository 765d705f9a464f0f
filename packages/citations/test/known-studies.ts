import type { KnownStudy } from '../src/index.ts';

// Facts about studies the seed threads argue about; aliases are the names commenters use.
export const knownStudies: KnownStudy[] = [
  {
    id: 'mist',
    shortName: 'MIST',
    aliases: ['MIST trial'],
    identifiers: [
      { scheme: 'doi', value: '10.1001/jama.2018.18743' },
      { scheme: 'pmid', value: '30644983' },
      { scheme: 'pmcid', value: 'PMC6439765' },
    ],
    firstAuthor: 'Burt RK',
    year: 2019,
  },
  {
    id: 'burt-2015',
    shortName: 'Chicago non-myeloablative series',
    aliases: [],
    identifiers: [{ scheme: 'doi', value: '10.1001/jama.2014.17986' }],
    firstAuthor: 'Burt RK',
    year: 2015,
  },
  {
    id: 'muraro-2017',
    shortName: 'EBMT long-term outcomes study',
    aliases: ['Muraro meta-analysis'],
    identifiers: [{ scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' }],
    firstAuthor: 'Muraro, Paolo A.',
    year: 2017,
  },
  {
    id: 'atkins-2016',
    shortName: 'Canadian MS-BMT trial',
    aliases: ['Ottawa trial'],
    identifiers: [
      { scheme: 'doi', value: '10.1016/S0140-6736(16)30169-6' },
      { scheme: 'nct', value: 'NCT01099930' },
    ],
    firstAuthor: 'Atkins HL',
    year: 2016,
  },
  {
    id: 'halt-ms',
    shortName: 'HALT-MS',
    aliases: [],
    identifiers: [
      { scheme: 'doi', value: '10.1001/jamaneurol.2014.3780' },
      { scheme: 'pmid', value: '25546364' },
    ],
    firstAuthor: 'Nash RA',
    year: 2015,
  },
];
