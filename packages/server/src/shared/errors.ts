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

export const forbidden = () =>
  new AppError('forbidden', 'FORBIDDEN', {
    zh: '无权访问：超出本工会的管理范围',
    en: 'Forbidden: outside the subtree of your union',
  });

export const invalid = (code: string, messages: Bilingual, details?: Record<string, unknown>) =>
  new AppError('invalid', code, messages, details);
