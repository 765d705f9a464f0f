function codeOf(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === '23505';
}
