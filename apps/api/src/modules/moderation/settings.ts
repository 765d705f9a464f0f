import { eq } from 'drizzle-orm';
import { DEFAULT_SETTINGS } from '@forum/moderation';
import { ModerationSettings } from '@forum/contracts';
import { schema, type Db } from '@forum/db';

const KEY = 'moderation';

export const MODERATION_SETTINGS_KEY = KEY;

export async function loadModerationSettings(db: Db): Promise<ModerationSettings> {
  const [row] = await db.select().from(schema.settings).where(eq(schema.settings.key, KEY));
  return moderationSettingsFrom(row?.value);
}

/** The stored value over the defaults; a value that no longer parses falls back to the defaults. */
export function moderationSettingsFrom(value: unknown): ModerationSettings {
  const stored = ModerationSettings.safeParse({ ...DEFAULT_SETTINGS, ...(value as object | undefined) });
  return stored.success ? stored.data : ModerationSettings.parse(DEFAULT_SETTINGS);
}

export async function saveModerationSettings(db: Db, value: ModerationSettings, at: Date): Promise<ModerationSettings> {
  await db
    .insert(schema.settings)
    .values({ key: KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: schema.settings.key, set: { value, updatedAt: at } });
  return value;
}
