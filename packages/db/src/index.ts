export * as schema from './schema.ts';
export * from './client.ts';
export { migrate, migrationsFolder } from './migrate.ts';
