import type { ErrorCode, FieldError } from '@forum/contracts';

/** The one error type services throw; the error plugin maps its code to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? code);
  }
}

export const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_AUTHENTICATED: 401,
  FORBIDDEN: 403,
  CROSS_ORIGIN: 403,
  ACCOUNT_RESTRICTED: 403,
  EDIT_WINDOW_CLOSED: 403,
  WARNING_UNACKNOWLEDGED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

export const titleOf: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Some fields are not valid',
  NOT_AUTHENTICATED: 'Sign in first',
  FORBIDDEN: 'You may not do this',
  CROSS_ORIGIN: 'Request from another site refused',
  ACCOUNT_RESTRICTED: 'Your account cannot do this now',
  EDIT_WINDOW_CLOSED: 'The time to edit has passed',
  WARNING_UNACKNOWLEDGED: 'Read the moderators\' warning first',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  PAYLOAD_TOO_LARGE: 'Too large',
  RATE_LIMITED: 'Too many requests',
  INTERNAL: 'Something went wrong on our side',
  SERVICE_UNAVAILABLE: 'Temporarily unavailable',
};
