import { z } from 'zod';

export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'CROSS_ORIGIN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'ACCOUNT_RESTRICTED',
  'EDIT_WINDOW_CLOSED',
  'WARNING_UNACKNOWLEDGED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const FieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, shared by the API and the web app. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: ErrorCode,
  errors: z.array(FieldError).optional(),
  requestId: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;
