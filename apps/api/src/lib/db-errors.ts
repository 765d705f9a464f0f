type DriverError = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** The error and what it wraps: drizzle wraps driver errors in `cause`, AggregateError lists `errors`. */
function* chain(error: unknown): Generator<DriverError> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift() as DriverError | null | undefined;
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    yield e;
    queue.push(e.cause, ...(Array.isArray(e.errors) ? e.errors : []));
  }
}

function codeOf(error: unknown): string | undefined {
  for (const e of chain(error)) if (typeof e.code === 'string') return e.code;
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === '23505';
}

/**
 * SQLSTATE class 22 (data exception: a value out of range, unparsable or not encodable) comes
 * from what the caller sent, so it is their 400 and not our 500, even where no contract caught it.
 */
export function isInvalidData(error: unknown): boolean {
  return /^22[0-9A-Z]{3}$/.test(codeOf(error) ?? '');
}

// Socket failures, SQLSTATE classes 08 (connection exception) and 57P (operator intervention:
// shutdown, crash recovery), too many connections, and pg's own messages for a lost server.
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[1-4]|53300)$/;
const UNAVAILABLE_MESSAGES = /Connection terminated|terminating connection|not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|Client was closed/i;

/** Whether a failure means the database cannot be reached right now, rather than a bug: a 503, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.test(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}
