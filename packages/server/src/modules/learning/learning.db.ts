/** True for PostgreSQL's unique_violation (23505), on both drivers. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}
