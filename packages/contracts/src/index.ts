export * from './errors.ts';
export * from './users.ts';
export * from './threads.ts';
export * from './comments.ts';
export * from './health.ts';
export * from './moderation.ts';
export * from './studies.ts';
export * from './citations.ts';
