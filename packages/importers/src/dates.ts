const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const EPOCH = new Date(0);

/** A UTC date, or null when the parts name no real day (WordPress writes 0000-00-00 for "never"). */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const isReal = year > 0 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal && hour < 24 && minute < 60 && second < 60 ? date : null;
}

/** 1-based month from an English month name or its abbreviation; 0 when unknown. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function isoDate(value: string): Date | null {
  const date = new Date(value);
  return value.trim() !== '' && !Number.isNaN(date.getTime()) ? date : null;
}
