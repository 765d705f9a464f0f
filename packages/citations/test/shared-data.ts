import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The evaluation data beside the repository (FORUM_SHARED_DIR overrides it, for a worktree elsewhere);
 * tests that need it skip, visibly, when it is absent.
 */
export const shared = process.env.FORUM_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const sharedPresent = existsSync(path.join(shared, 'seeds')) && existsSync(path.join(shared, 'data/spam/seed-comments.jsonl'));

export function seedPages(): Map<string, string> {
  const dir = path.join(shared, 'seeds');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

export type SeedComment = { file: string; index: number; text: string };

export function seedComments(): SeedComment[] {
  return readFileSync(path.join(shared, 'data/spam/seed-comments.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SeedComment);
}

export function seedComment(filePrefix: string, index: number): string {
  const comment = seedComments().find((c) => c.file.startsWith(filePrefix) && c.index === index);
  if (!comment) throw new Error(`seed comment ${filePrefix} #${index} not found`);
  return comment.text;
}
