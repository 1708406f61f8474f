import type { Bilingual } from '../../shared/errors.ts';

/**
 * The staff reminders an account may also receive by e-mail: in-app message kinds (messages.kind) written to staff
 * accounts — deadline reminders, escalations and the work that waits for them. A kind not listed is never mailed.
 */
export const MAIL_KINDS: Record<string, Bilingual> = {
  'return.reminder': { zh: '报表截止提醒', en: 'Return deadline reminders' },
  'return.submitted': { zh: '下级报表已提交待审', en: 'Returns submitted for review' },
  'case.update': { zh: '诉求转来、升级与办理进展', en: 'Cases received, escalated or updated' },
  'counselling.booked': { zh: '新的心理咨询预约', en: 'New counselling bookings' },
  'counselling.reminder': { zh: '心理咨询预约提醒', en: 'Counselling session reminders' },
  'counselling.crisis': { zh: '心理危机预警', en: 'Counselling crisis alerts' },
};

export const MAIL_KIND_KEYS = Object.keys(MAIL_KINDS);
