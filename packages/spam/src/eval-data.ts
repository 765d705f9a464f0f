/**
 * Turns the public YouTube and SMS spam collections into the eval CLI's JSONL format:
 *   node --import tsx packages/spam/src/eval-data.ts [SHARED_DATA_DIR] [OUT_DIR]
 * YouTube: one file per video, comments in date order (see `youtubeRows`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { EvalRow } from './evaluate.ts';
import { smsRows, youtubeRows } from './eval-rows.ts';

const toJsonl = (rows: EvalRow[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function main(dataDir: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const youtubeDir = join(dataDir, 'spam/youtube');
  for (const file of readdirSync(youtubeDir).filter((f) => f.endsWith('.csv')).sort()) {
    const out = join(outDir, `youtube-${basename(file, '.csv').replace(/^Youtube\d+-/, '').toLowerCase()}.jsonl`);
    writeFileSync(out, toJsonl(youtubeRows(readFileSync(join(youtubeDir, file), 'utf8'))));
    console.log(out);
  }
  const sms = join(outDir, 'sms.jsonl');
  writeFileSync(sms, toJsonl(smsRows(readFileSync(join(dataDir, 'spam/sms/SMSSpamCollection'), 'utf8'))));
  console.log(sms);
}

const repoRoot = resolve(import.meta.dirname, '../../..');
main(process.argv[2] ?? resolve(repoRoot, '../shared/data'), process.argv[3] ?? join(tmpdir(), 'forum-spam-eval'));
