// Runs every test project once on the embedded database, then the API's integration
// suite again on PostgreSQL when TEST_DATABASE_URL is set, then the reliability suite (load,
// crash, outage, fuzz, security, shutdown, overload: PostgreSQL and PGlite), and ends with one
// totals line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const outDir = mkdtempSync(path.join(tmpdir(), 'forum-tests-'));
const extraArgs = process.argv.slice(2);

function run(label, args, env) {
  const outputFile = path.join(outDir, `${label}.json`);
  console.log(`\n=== ${label} ===`);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`, ...args], {
    stdio: 'inherit',
    env,
  });
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (result.status !== 0 && report.numFailedTests === 0 ? 1 : 0), skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const { TEST_DATABASE_URL, ...embeddedEnv } = process.env;
const runs = [run('all projects on PGlite', extraArgs, embeddedEnv)];
if (TEST_DATABASE_URL) runs.push(run('API integration on PostgreSQL', ['--project', '@forum/api', ...extraArgs], process.env));
runs.push(run('reliability', ['--config', 'tests/reliability/vitest.config.ts', ...extraArgs], process.env));

const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
