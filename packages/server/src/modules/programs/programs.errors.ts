import { type ErrorKind, errorsOf } from '../../shared/errors.ts';
import { formatYuan } from '../../shared/money.ts';

/**
 * Every error the programs module raises, with its kind (mapped to an HTTP status in
 * http/error-handler.ts) and both languages. Details name the field, row or application concerned.
 */
export const PROGRAM_ERRORS = {
  PROGRAM_RULE_INVALID: 'invalid',
  PROGRAM_INVALID: 'invalid',
  PROGRAM_NOT_EDITABLE: 'conflict',
  PROGRAM_NOT_OPEN: 'conflict',
  PROGRAM_OUTSIDE_PERIOD: 'invalid',
  PROGRAM_INTAKE_NOT_ALLOWED: 'invalid',
  PROGRAM_NOT_ELIGIBLE: 'invalid',
  PROGRAM_QUOTA_EXHAUSTED: 'conflict',
  PROGRAM_BUDGET_EXCEEDED: 'conflict',
  PROGRAM_STATUS: 'conflict',
  APPLICATION_DUPLICATE: 'conflict',
  APPLICATION_STATUS: 'conflict',
  APPLICATION_EVIDENCE_MISSING: 'invalid',
  APPLICATION_MATERIALS_MISSING: 'conflict',
  APPLICATION_SUBJECT_INVALID: 'invalid',
  APPLICATION_CHOICE_REQUIRED: 'invalid',
  APPLICATION_FILE_INVALID: 'invalid',
  APPLICATION_BATCH_INVALID: 'invalid',
  NOT_YOUR_STEP: 'forbidden',
  LEDGER_ENTRY_NOT_REVERSIBLE: 'conflict',
  PAYMENT_NOTHING_TO_PAY: 'conflict',
  PAYMENT_BATCH_STATUS: 'conflict',
  PAYMENT_PREVIEW_STALE: 'conflict',
  PAYMENT_ACCOUNT_MISSING: 'conflict',
  IDEMPOTENCY_KEY_REUSED: 'conflict',
} as const satisfies Record<string, ErrorKind>;

export type ProgramErrorCode = keyof typeof PROGRAM_ERRORS;

export const programError = errorsOf(PROGRAM_ERRORS);

export const PROGRAM = { zh: '项目', en: 'Program' };
export const APPLICATION = { zh: '申请', en: 'Application' };
export const LEDGER_ENTRY = { zh: '台账记录', en: 'Ledger entry' };
export const PAYMENT_BATCH = { zh: '发放批次', en: 'Payment batch' };

export const quotaExhausted = (programId: number, periodKey: string) =>
  programError(
    'PROGRAM_QUOTA_EXHAUSTED',
    { zh: `名额已用完（${periodLabelZh(periodKey)}）`, en: `No places left (${periodLabelEn(periodKey)})` },
    { programId, periodKey },
  );

export const budgetExceeded = (programId: number, periodKey: string, amountFen: number) =>
  programError(
    'PROGRAM_BUDGET_EXCEEDED',
    {
      zh: `预算不足（${periodLabelZh(periodKey)}），无法批准 ${formatYuan(amountFen)} 元`,
      en: `Budget exhausted (${periodLabelEn(periodKey)}); ¥${formatYuan(amountFen)} cannot be approved`,
    },
    { programId, periodKey, amountFen },
  );

export const periodLabelZh = (key: string) => (key === 'whole' ? '整个项目期' : `${key}年度`);
export const periodLabelEn = (key: string) => (key === 'whole' ? 'whole period' : `year ${key}`);

/** Fen as yuan, the one server formatter (shared/money.ts): 123456 -> '1,234.56'. */
export { formatYuan };

/** Page and page size as finite whole numbers (a query such as page=1e400 gets through the schema as Infinity). */
export function paging(
  q: { page?: number; pageSize?: number },
  defaultSize = 20,
): { page: number; pageSize: number } {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? defaultSize;
  for (const [field, v, max] of [
    ['page', page, 100_000],
    ['pageSize', pageSize, 200],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > max) {
      throw programError(
        'PROGRAM_INVALID',
        { zh: `${field} 须为1至${max}的整数`, en: `${field} must be a whole number from 1 to ${max}` },
        {
          field,
        },
      );
    }
  }
  return { page, pageSize };
}
