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

/**
 * How many sessions to come a worker may hold at once by booking on the phone, so that a few cannot take every slot
 * offered; staff booking for a member on the hotline are not held to it (a follow-up after a crisis is their call).
 */
export const MAX_BOOKINGS_TO_COME = 2;

export const tooManyBookings = () =>
  counsellingError(
    'conflict',
    'TOO_MANY_BOOKINGS',
    `您已有 ${MAX_BOOKINGS_TO_COME} 次尚未进行的预约：请在其中一次咨询结束或取消后再预约`,
    `You already have ${MAX_BOOKINGS_TO_COME} sessions to come: book again once one of them is held or cancelled`,
    'slotId',
  );
