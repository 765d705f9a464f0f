export * as schema from './schema/index.ts';
export * from './client.ts';
export { migrate, migrationsFolder } from './migrate.ts';
