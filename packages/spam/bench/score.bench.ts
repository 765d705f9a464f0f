/**
 * Scoring time for a 2,000-character comment, against a bare baseline measured in the same run:
 *   node --import tsx packages/spam/bench/score.bench.ts
 */
import { createLearner, score } from '../src/index.ts';

const PARAGRAPH = 'I had HSCT in Moscow in 2018 after failing Tysabri and Ocrevus, and my EDSS went from 4.5 to 3. '
  + 'The registry data (https://pubmed.ncbi.nlm.nih.gov/28241082/) show that people with active relapsing disease do best, '
  + 'but Prof G is right that progressive patients without inflammation rarely improve. Call it anecdote if you like! ';
const COMMENT = PARAGRAPH.repeat(Math.ceil(2000 / PARAGRAPH.length)).slice(0, 2000);
const RUNS = 3000;

function timings(work: () => unknown): number[] {
  for (let i = 0; i < 200; i++) work();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    work();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function report(name: string, sorted: number[]): void {
  console.log(`${name.padEnd(34)} median ${ms(at(sorted, 0.5))}   p99 ${ms(at(sorted, 0.99))}`);
}

const learner = createLearner();
for (let i = 0; i < 200; i++) learner.learn(`${PARAGRAPH} ${i}`, i % 3 === 0 ? 'spam' : 'ham');

console.log(`${COMMENT.length}-character comment, ${RUNS} runs each`);
report('baseline (lower-case and split)', timings(() => COMMENT.toLowerCase().split(/\s+/)));
report('score, shipped model', timings(() => score({ text: COMMENT })));
report('score, shipped + learned counts', timings(() => score({ text: COMMENT }, {}, learner.counts)));
