import { createLearner } from './learning.ts';
import { score } from './score.ts';
import type { Label, ScoreResult } from './types.ts';

export type EvalRow = { text: string; label: Label; thread?: { title: string; body: string } };

export type Confusion = { tp: number; fp: number; tn: number; fn: number; suspectSpam: number; suspectHam: number };

export type Metrics = Confusion & { precision: number; recall: number; f1: number; fpr: number };

export type Scored = { row: EvalRow; result: ScoreResult };

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, tn: 0, fn: 0, suspectSpam: 0, suspectHam: 0 };
}

export function addConfusion(total: Confusion, part: Confusion): Confusion {
  return {
    tp: total.tp + part.tp, fp: total.fp + part.fp, tn: total.tn + part.tn, fn: total.fn + part.fn,
    suspectSpam: total.suspectSpam + part.suspectSpam, suspectHam: total.suspectHam + part.suspectHam,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function metricsOf(c: Confusion): Metrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { ...c, precision, recall, f1: ratio(2 * precision * recall, precision + recall), fpr: ratio(c.fp, c.fp + c.tn) };
}

/** Only a `spam` verdict counts as positive; `suspect` is tallied on the side. */
function tally(c: Confusion, { row, result }: Scored): void {
  const positive = result.verdict === 'spam';
  if (row.label === 'spam') {
    if (positive) c.tp++; else c.fn++;
    if (result.verdict === 'suspect') c.suspectSpam++;
  } else {
    if (positive) c.fp++; else c.tn++;
    if (result.verdict === 'suspect') c.suspectHam++;
  }
}

/** Scores rows in order; with `learn`, each row's true label is fed back after it is scored (prequential). */
export function evaluate(rows: EvalRow[], { learn = false } = {}): { scored: Scored[]; confusion: Confusion } {
  const learner = createLearner();
  const confusion = emptyConfusion();
  const scored: Scored[] = [];
  for (const row of rows) {
    const result = score({ text: row.text }, { thread: row.thread }, learn ? learner.counts : undefined);
    const entry = { row, result };
    tally(confusion, entry);
    scored.push(entry);
    if (learn) learner.learn(row.text, row.label);
  }
  return { scored, confusion };
}

export function parseRows(jsonl: string): EvalRow[] {
  return jsonl.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const { text, label, thread } = JSON.parse(line) as EvalRow;
    if (label !== 'spam' && label !== 'ham') throw new Error(`label must be "spam" or "ham": ${line.slice(0, 80)}`);
    return { text: String(text ?? ''), label, thread };
  });
}
