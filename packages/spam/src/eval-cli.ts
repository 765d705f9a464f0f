import { readFileSync } from 'node:fs';
import { addConfusion, emptyConfusion, evaluate, metricsOf, parseRows } from './evaluate.ts';
import type { Confusion, Scored } from './evaluate.ts';

const USAGE = 'usage: pnpm spam:eval FILE.jsonl [FILE.jsonl …] [--learn] [--scores] [--json]\n'
  + '  each file is evaluated from the shipped model; figures are also pooled over all files';

const fixed = (x: number) => x.toFixed(3);

function report(name: string, c: Confusion): string {
  const m = metricsOf(c);
  return [
    `${name}: ${c.tp + c.fn} spam, ${c.fp + c.tn} ham`,
    `  precision ${fixed(m.precision)}  recall ${fixed(m.recall)}  F1 ${fixed(m.f1)}  FPR ${fixed(m.fpr)}`,
    `                 verdict spam  not spam`,
    `  labelled spam  ${String(c.tp).padStart(12)}  ${String(c.fn).padStart(8)}`,
    `  labelled ham   ${String(c.fp).padStart(12)}  ${String(c.tn).padStart(8)}`,
    `  suspect: ${c.suspectSpam} of the spam, ${c.suspectHam} of the ham`,
  ].join('\n');
}

function scoreLine(line: number, { row, result }: Scored): string {
  const reasons = result.reasons.map((r) => `${r.code} ${r.weight > 0 ? '+' : ''}${r.weight.toFixed(2)} (${r.detail})`);
  const text = row.text.replace(/\s+/g, ' ').slice(0, 100);
  return `${line}\t${row.label}\t${result.verdict}\t${result.score.toFixed(3)}\t${text}\n\t${reasons.join('; ')}`;
}

function main(args: string[]): void {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0 || args.includes('--help')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const json = args.includes('--json');
  let total = emptyConfusion();
  for (const file of files) {
    const { scored, confusion } = evaluate(parseRows(readFileSync(file, 'utf8')), { learn: args.includes('--learn') });
    total = addConfusion(total, confusion);
    if (json) continue;
    if (args.includes('--scores')) scored.forEach((s, i) => console.log(scoreLine(i + 1, s)));
    console.log(report(file, confusion));
  }
  if (json) console.log(JSON.stringify(metricsOf(total)));
  else if (files.length > 1) console.log(report('all files', total));
}

main(process.argv.slice(2));
