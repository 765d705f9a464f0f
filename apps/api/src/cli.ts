import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Role, RegisterInput } from '@forum/contracts';
import { createDb, migrate } from '@forum/db';
import { ConfigError, loadConfig } from './config.ts';
import type { Deps } from './deps.ts';
import { AppError } from './lib/app-error.ts';
import { createUser } from './modules/auth/service.ts';
import { readSource } from '@forum/importers';
import { importFiles, type ImportReport } from './modules/imports/service.ts';
import { exportForum } from './modules/imports/export.ts';
import { loadDemoIfEmpty, resetDemo } from './modules/demo/service.ts';

const USAGE = `usage:
  pnpm forum user:create --handle <h> --email <e> --password <p> [--role member|author|moderator|admin] [--name <display name>]
  pnpm forum import <file or folder> [--thread-slug <slug>] [--dry-run]
  pnpm forum export <file.json>
  pnpm forum demo [--reset]     load the demo forum into an empty database; --reset wipes the database first`;

async function withDeps<T>(run: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const handle = await createDb(config.database);
  try {
    await migrate(handle);
    return await run({ db: handle.db, config, now: () => new Date() });
  } finally {
    await handle.close();
  }
}

async function userCreate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { handle: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string', default: 'member' }, name: { type: 'string' } },
  });
  const input = RegisterInput.extend({ role: Role }).parse({ ...values, displayName: values.name ?? values.handle });
  const user = await withDeps((deps) => createUser(deps, input));
  console.log(`created ${user.role} @${user.handle} (${user.id})`);
}

function printImport(report: ImportReport, dryRun: boolean) {
  const verb = dryRun ? 'would create' : 'created';
  for (const t of report.threads) {
    const states = Object.entries(t.created).map(([state, n]) => `${n} ${state}`).join(', ') || 'no comments';
    const depth = t.maxDepth >= 0 ? `, nested ${t.maxDepth + 1} deep` : '';
    console.log(`${t.isNew ? `${verb} thread` : 'into thread'} /${t.slug}: ${states}${depth}${t.existing ? `; ${t.existing} already here` : ''}`);
  }
  console.log(`${verb} ${report.users} placeholder accounts`);
  if (report.problems.length > 0) console.log(`\n${report.problems.length} problems:`);
  // A capture without author names reports every comment: one line per kind keeps the rest readable.
  const byMessage = new Map<string, ImportReport['problems']>();
  for (const p of report.problems) byMessage.set(p.message, [...(byMessage.get(p.message) ?? []), p]);
  for (const [message, all] of byMessage) {
    console.log(all.length > 3 ? `  ${message} (${all.length} times, first at ${all[0]!.where})` : all.map((p) => `  ${p.where}: ${message}`).join('\n'));
  }
}

async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'thread-slug': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new AppError('VALIDATION_FAILED', 'Give one file or folder to import');
  const files = await readSource(path);
  const dryRun = values['dry-run'] ?? false;
  const report = await withDeps((deps) => importFiles(deps, files, { threadSlug: values['thread-slug'], dryRun }));
  printImport(report, dryRun);
}

async function exportCommand(args: string[]) {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [path] = positionals;
  if (!path || positionals.length > 1) throw new AppError('VALIDATION_FAILED', 'Give the file to write the export to');
  const data = await withDeps((deps) => exportForum(deps));
  await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
  const comments = data.threads.reduce((n, t) => n + t.comments.length, 0);
  console.log(`exported ${data.users?.length ?? 0} users, ${data.threads.length} threads and ${comments} comments to ${path}`);
}

async function demoCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { reset: { type: 'boolean', default: false } } });
  const loaded = await withDeps((deps) => (values.reset ? resetDemo(deps) : loadDemoIfEmpty(deps)));
  if (!loaded) throw new AppError('CONFLICT', 'The database is not empty. pnpm forum demo --reset wipes everything in it and loads the demo');
  console.log(`loaded the demo forum: ${loaded.threads} threads, ${loaded.comments} comments, ${loaded.citations} citation tags, ${loaded.reports} reports in ${loaded.seconds.toFixed(1)} s`);
}

const commands: Record<string, (args: string[]) => Promise<void>> = { 'user:create': userCreate, import: importCommand, export: exportCommand, demo: demoCommand };

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(USAGE);
    process.exit(2);
  }
  await run(args);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`${error.code}: ${error.message}`);
  else if (error?.name === 'ZodError') console.error(error.issues.map((i: { path: unknown[]; message: string }) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  else console.error(error);
  process.exit(1);
});
