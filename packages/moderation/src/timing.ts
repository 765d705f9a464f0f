const MINUTE_MS = 60_000;

/** Seconds until the member may post again; 0 when they may post now. */
export function slowModeWait(lastPostAt: Date | null, now: Date, minutes: number): number {
  if (lastPostAt === null || minutes <= 0) return 0;
  const remainingMs = lastPostAt.getTime() + minutes * MINUTE_MS - now.getTime();
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

export function canEditComment(createdAt: Date, now: Date, windowMinutes = 15): boolean {
  return now.getTime() - createdAt.getTime() < windowMinutes * MINUTE_MS;
}
