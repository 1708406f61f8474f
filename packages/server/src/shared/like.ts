/** `s` with `\`, `%` and `_` escaped for a LIKE pattern (PostgreSQL's default escape character is `\`). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
