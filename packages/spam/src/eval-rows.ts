import type { EvalRow } from './evaluate.ts';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => { row.push(field); field = ''; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * One video's comments in date order. Rows without a date (all of Eminem's spam) keep their
 * place in the file and the dated rows are sorted around them: the published interleaving of
 * spam and ham is kept instead of piling every undated row at one end.
 */
export function youtubeRows(csv: string): EvalRow[] {
  const [header = [], ...rows] = parseCsv(csv);
  const [date, content, label] = ['DATE', 'CONTENT', 'CLASS'].map((name) => header.indexOf(name)) as [number, number, number];
  const parsed = rows.filter((r) => r.length > label).map((r) => ({
    when: r[date] ?? '',
    row: { text: r[content] ?? '', label: r[label] === '1' ? 'spam' : 'ham' } satisfies EvalRow,
  }));
  const dated = parsed.filter((r) => r.when !== '').sort((a, b) => a.when.localeCompare(b.when));
  return parsed.map((r) => (r.when === '' ? r : dated.shift()!).row);
}

/** The SMS collection: `label<TAB>text` per line. */
export function smsRows(collection: string): EvalRow[] {
  return collection.split('\n').filter((l) => l.includes('\t')).map((line) => {
    const tab = line.indexOf('\t');
    return { label: line.slice(0, tab) === 'spam' ? 'spam' : 'ham', text: line.slice(tab + 1) };
  });
}
