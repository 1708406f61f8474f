import type { TFunction } from 'i18next';
import { type Mode, slotText } from './counselling-api.ts';

/** A slot or a booking as the worker's phone shows it: its counsellor and its day and time. */
interface Session {
  counsellorName: string;
  startsAt: string;
  endsAt: string;
}

/** The question asked before a slot is booked: the counsellor, the day and time, and the mode chosen. */
export const bookQuestion = (t: TFunction, s: Session, mode: Mode) =>
  t(`csl.worker.bookConfirm.${mode}`, { counsellor: s.counsellorName, when: slotText(s) });

/**
 * The question asked before a booking is cancelled, and what then becomes of its slot, as the server says of the
 * booking (`reopensOnCancel`, by its clock): open again for others while the session is still to come, gone once
 * its time has passed.
 */
export const cancelQuestion = (t: TFunction, b: Session & { reopensOnCancel: boolean }) => ({
  title: t('csl.worker.cancelConfirm', { counsellor: b.counsellorName, when: slotText(b) }),
  description: t(b.reopensOnCancel ? 'csl.worker.cancelReopens' : 'csl.worker.cancelPast'),
});
