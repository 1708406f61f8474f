import { type Bilingual, type ErrorKind, errorsOf } from '../../shared/errors.ts';

/**
 * Every error the selections module raises, with its kind (mapped to an HTTP status in
 * http/error-handler.ts) and both languages. Details name the field, category or nomination concerned.
 */
export const SELECTION_ERRORS = {
  SELECTION_INVALID: 'invalid',
  SELECTION_RULE_INVALID: 'invalid',
  SELECTION_STATUS: 'conflict',
  SELECTION_WINDOW_CLOSED: 'conflict',
  SELECTION_QUOTA_FULL: 'conflict',
  SELECTION_NOT_ELIGIBLE: 'invalid',
  SELECTION_ALREADY_NOMINATED: 'conflict',
  SELECTION_SELF_NOT_ALLOWED: 'forbidden',
  SELECTION_CONFLICT_OF_INTEREST: 'forbidden',
  SELECTION_SCORE_FINAL: 'conflict',
  SELECTION_SCORES_MISSING: 'conflict',
  SELECTION_NOTICE_RUNNING: 'conflict',
  SELECTION_OBJECTIONS_OPEN: 'conflict',
  SELECTION_OBJECTION_DECIDED: 'conflict',
  SELECTION_OBJECTION_THROTTLED: 'throttled',
  SELECTION_JUDGE_EXISTS: 'conflict',
} as const satisfies Record<string, ErrorKind>;

export type SelectionErrorCode = keyof typeof SELECTION_ERRORS;

export const selectionError = errorsOf(SELECTION_ERRORS);

export const SELECTION = { zh: '评选', en: 'Selection' };
export const NOMINATION = { zh: '推荐', en: 'Nomination' };
export const OBJECTION = { zh: '异议', en: 'Objection' };
export const ATTACHMENT = { zh: '附件', en: 'Attachment' };

const STATUS_TEXT: Record<string, Bilingual> = {
  nominating: { zh: '推荐阶段', en: 'nominating' },
  judging: { zh: '评审阶段', en: 'judging' },
  notice: { zh: '公示阶段', en: 'on public notice' },
  final: { zh: '已结束', en: 'final' },
};

/** The selection is not at the stage the action needs. */
export const wrongStage = (status: string, wanted: string) =>
  selectionError(
    'SELECTION_STATUS',
    {
      zh: `评选当前处于${STATUS_TEXT[status]?.zh ?? status}，此操作需在${STATUS_TEXT[wanted]?.zh ?? wanted}进行`,
      en: `The selection is ${STATUS_TEXT[status]?.en ?? status}; this needs it ${STATUS_TEXT[wanted]?.en ?? wanted}`,
    },
    { status, wanted },
  );

export const invalidField = (field: string, zh: string, en: string) =>
  selectionError('SELECTION_INVALID', { zh, en }, { field });
