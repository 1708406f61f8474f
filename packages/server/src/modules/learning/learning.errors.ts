import { type Bilingual, type ErrorKind, errorsOf, notFound } from '../../shared/errors.ts';

/**
 * Every error the learning module raises, with its kind (mapped to an HTTP status in http/error-handler.ts)
 * and both languages. Details name the field or object concerned.
 */
export const LEARNING_ERRORS = {
  LEARNING_INVALID: 'invalid',
  LEARNING_FILE_INVALID: 'invalid',
  LEARNING_LICENCE_EXPIRED: 'conflict',
  LEARNING_SEATS_EXHAUSTED: 'conflict',
  LEARNING_NOT_LICENSED: 'conflict',
  LEARNING_ALREADY_ENROLLED: 'conflict',
  LEARNING_ACTIVITY_FULL: 'conflict',
  LEARNING_ACTIVITY_OVER: 'conflict',
  LEARNING_ALREADY_SIGNED_UP: 'conflict',
  LEARNING_ALREADY_ANSWERED: 'conflict',
  LEARNING_DUPLICATE: 'conflict',
  LEARNING_FONT_MISSING: 'conflict',
} as const satisfies Record<string, ErrorKind>;

export type LearningErrorCode = keyof typeof LEARNING_ERRORS;

export const learningError = errorsOf(LEARNING_ERRORS);

export const invalidField = (field: string, messages: Bilingual) =>
  learningError('LEARNING_INVALID', messages, { field });

export const COURSE = { zh: '课程', en: 'Course' };
export const LESSON = { zh: '课时', en: 'Lesson' };
export const SITE = { zh: '示范点', en: 'Demonstration site' };
export const LICENCE = { zh: '授权', en: 'Licence' };
export const ACTIVITY = { zh: '线下活动', en: 'Activity' };
export const MASTER = { zh: '劳模工匠', en: 'Master' };
export const REQUEST = { zh: '拜师请求', en: 'Request' };
export const ENROLMENT = { zh: '报名', en: 'Enrolment' };

export const missing = (what: Bilingual, id: number) => notFound(what, { id });
