import { customType, timestamp } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const ts = (name?: string) => timestamp(name as string, { withTimezone: true, mode: 'date' });
