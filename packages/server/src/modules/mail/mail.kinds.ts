import type { Permission } from '../../access/access.ts';
import type { Bilingual } from '../../shared/errors.ts';

/**
 * The staff reminders an account may also receive by e-mail: in-app message kinds (messages.kind) written to staff
 * accounts — deadline reminders, escalations and the work that waits for them. A kind not listed is never mailed.
 * Each is offered to a role holding the permission whose work it concerns (a security administrator, who has no
 * business work, is offered none of them).
 */
export const MAIL_KINDS: Record<string, Bilingual & { permission: Permission }> = {
  'return.reminder': { zh: '报表截止提醒', en: 'Return deadline reminders', permission: 'returns.fill' },
  'return.submitted': {
    zh: '下级报表已提交待审',
    en: 'Returns submitted for review',
    permission: 'returns.review',
  },
  'case.update': {
    zh: '诉求转来、升级与办理进展',
    en: 'Cases received, escalated or updated',
    permission: 'cases.handle',
  },
  'counselling.booked': {
    zh: '新的心理咨询预约',
    en: 'New counselling bookings',
    permission: 'counselling.counsel',
  },
  'counselling.reminder': {
    zh: '心理咨询预约提醒',
    en: 'Counselling session reminders',
    permission: 'counselling.counsel',
  },
  'counselling.crisis': {
    zh: '心理危机预警',
    en: 'Counselling crisis alerts',
    permission: 'counselling.counsel',
  },
};

export const MAIL_KIND_KEYS = Object.keys(MAIL_KINDS);
