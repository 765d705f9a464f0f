import type { Reason } from './types.ts';

/** Share of letters that are capitals, or 0 when there are too few letters to say. */
export function shouting(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters < 20 ? 0 : capitals / letters;
}

export function styleReasons(text: string): Reason[] {
  const share = shouting(text);
  if (share <= 0.6) return [];
  return [{ code: 'style.shouting', detail: `${Math.round(100 * share)}% capital letters`, weight: 0.75 }];
}
