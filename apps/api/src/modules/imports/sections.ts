import type { ImportProblem } from '@forum/importers';
import type { Db } from '@forum/db';
import { citationsSection, studiesSection } from './evidence-section.ts';

/** Turns exported source ids of users or comments into the ids they have in this database. */
export type ResolveIds = (table: 'users' | 'comments', keys: string[]) => Promise<Map<string, string>>;

/**
 * A table that travels in the export beside threads and users, under its own top-level key.
 * Rows name other rows by their exported source ids (`forum:<uuid>` or a source key).
 */
export type ExportSection = {
  name: string;
  read: (db: Db, exportedIdOf: (id: string) => string) => Promise<unknown[]>;
  /** Runs in the import's transaction, after threads, comments and users are in, in registry order. */
  restore: (tx: Db, rows: unknown[], resolve: ResolveIds, problems: ImportProblem[]) => Promise<void>;
};

export const EXPORT_SECTIONS: ExportSection[] = [studiesSection, citationsSection];
