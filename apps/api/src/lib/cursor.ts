import { AppError } from './app-error.ts';

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the clear error below
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not valid', [{ path: 'querystring.cursor', message: 'Not a cursor this API issued' }]);
}
