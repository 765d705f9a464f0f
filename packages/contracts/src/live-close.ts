/** Close codes: the client reconnects and resumes with `since`. Kept free of zod, so the browser's live client can import it. */
export const LiveCloseCode = { slowConsumer: 4001, shuttingDown: 1001 } as const;
