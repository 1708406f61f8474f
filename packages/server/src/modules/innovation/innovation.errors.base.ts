import { AppError, type Bilingual } from '../../shared/errors.ts';

/** A conflict error of the innovation module, with its code and message in both languages. */
export const conflict = (code: string, messages: Bilingual, details?: Record<string, unknown>) =>
  new AppError('conflict', code, messages, details);
