import { parseArgs } from 'node:util';
import { Role, RegisterInput } from '@forum/contracts';
import { createDb, migrate } from '@forum/db';
import { ConfigError, loadConfig } from './config.ts';
import type { Deps } from './deps.ts';
import { AppError } from './lib/app-error.ts';
import { createUser } from './modules/auth/service.ts';
import { createThreadCache } from './modules/comments/thread-cache.ts';

const USAGE = `usage:
  pnpm forum user:create --handle <h> --email <e> --password <p> [--role member|author|moderator|admin] [--name <display name>]`;

async function withDeps<T>(run: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const handle = await createDb(config.database);
  try {
    await migrate(handle);
    return await run({ db: handle.db, config, now: () => new Date(), threadCache: createThreadCache() });
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

const commands: Record<string, (args: string[]) => Promise<void>> = { 'user:create': userCreate };

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
