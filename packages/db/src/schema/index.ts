export * from './accounts.ts';
export * from './discussion.ts';
export * from './moderation.ts';
export * from './evidence.ts';
export * from './live.ts';
