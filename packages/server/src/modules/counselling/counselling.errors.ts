import { AppError, type ErrorKind } from '../../shared/errors.ts';

/** The module's errors: codes beginning COUNSELLING_, in Chinese and English. */
export const counsellingError = (
  kind: Extract<ErrorKind, 'invalid' | 'conflict' | 'not_found'>,
  code: string,
  zh: string,
  en: string,
  field?: string,
) => new AppError(kind, `COUNSELLING_${code}`, { zh, en }, field ? { field } : undefined);

export const BOOKING = { zh: '预约', en: 'Booking' };
export const SLOT = { zh: '可预约时段', en: 'Slot' };
export const COUNSELLOR = { zh: '心理咨询师或志愿者', en: 'Counsellor or volunteer' };
export const ASSESSMENT = { zh: '心理测评', en: 'Assessment' };

export const slotTaken = () =>
  counsellingError(
    'conflict',
    'SLOT_TAKEN',
    '该时段已被预约，请选择其他时段',
    'The slot has been taken; choose another',
    'slotId',
  );
export const notCounsellor = () =>
  counsellingError(
    'not_found',
    'NOT_COUNSELLOR',
    '您的账号尚未登记为心理咨询师',
    'Your account is not registered as a counsellor',
  );
