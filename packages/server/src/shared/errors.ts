/**
 * One error class for the whole server. A module throws `new AppError(code, …)`; the HTTP layer maps
 * the code's kind to a status in one place (http/error-handler.ts). Every message exists in Chinese and English.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'throttled';

export interface Bilingual {
  zh: string;
  en: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messages: Bilingual;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: ErrorKind, code: string, messages: Bilingual, details?: Record<string, unknown>) {
    super(messages.en);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export const notFound = (what: Bilingual, details?: Record<string, unknown>) =>
  new AppError('not_found', 'NOT_FOUND', { zh: `${what.zh}不存在`, en: `${what.en} not found` }, details);

/**
 * Another union's record, or another person's own data: answered exactly as a record that does not exist
 * (404 NOT_FOUND), so a caller learns nothing of what lies outside their reach (ADR 72). A role that lacks the
 * permission itself is refused with 403 PERMISSION_DENIED (access/access.ts requirePermission).
 */
export const notYours = () =>
  new AppError('not_found', 'NOT_FOUND', {
    zh: '未找到该记录（记录不存在，或不在您的管理范围内）',
    en: 'Not found (no such record, or not within your reach)',
  });

export const invalid = (code: string, messages: Bilingual, details?: Record<string, unknown>) =>
  new AppError('invalid', code, messages, details);

/**
 * A module's error maker over its table of codes and their kinds (`{ CODE: 'conflict', … }`): an error of a code
 * the table does not hold does not compile, and the kind comes from the table.
 */
export const errorsOf =
  <T extends Record<string, ErrorKind>>(table: T) =>
  (code: keyof T & string, messages: Bilingual, details?: Record<string, unknown>): AppError =>
    new AppError(table[code], code, messages, details);

/**
 * The error shape several modules share (congresses, elections, insurance): a kind, a code, both languages, and the
 * field it concerns with any further details (`{ field, …details }`, or none).
 */
export const fieldError = (
  kind: 'invalid' | 'conflict' | 'not_found' | 'forbidden',
  code: string,
  zh: string,
  en: string,
  field?: string,
  details?: Record<string, unknown>,
) =>
  new AppError(
    kind,
    code,
    { zh, en },
    field || details ? { ...(field ? { field } : {}), ...details } : undefined,
  );

/**
 * A catalogue entry whose words never change: `notFound: fixedError('not_found', 'X_NOT_FOUND', { zh, en, field? })`
 * makes the error `() => new AppError(kind, code, { zh, en }, { field })` would (no details without a field).
 */
export const fixedError =
  (kind: ErrorKind, code: string, { zh, en, field }: Bilingual & { field?: string }) =>
  (): AppError =>
    new AppError(kind, code, { zh, en }, field === undefined ? undefined : { field });
