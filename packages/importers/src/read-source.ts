import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export type SourceFile = { fileName: string; content: string };

/** One file, or every visible file directly inside a folder, in name order. */
export async function readSource(path: string): Promise<SourceFile[]> {
  if (!(await stat(path)).isDirectory()) return [{ fileName: basename(path), content: await readFile(path, 'utf8') }];
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
  return Promise.all(names.map(async (fileName) => ({ fileName, content: await readFile(join(path, fileName), 'utf8') })));
}
