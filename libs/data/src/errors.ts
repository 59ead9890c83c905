/** Postgres refused a row because a unique index already holds its key (SQLSTATE 23505), whether raised by pg or wrapped by TypeORM. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; driverError?: { code?: string } } | null;
  return candidate?.code === '23505' || candidate?.driverError?.code === '23505';
}
