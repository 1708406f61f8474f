import { describe, expect, it } from 'vitest';
import en from '../../i18n/counselling.en.json';
import zh from '../../i18n/counselling.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { bookQuestion, cancelQuestion } from './booking-confirm.ts';

/** 09:00–09:50 in China on 2 March 2026. */
const session = {
  counsellorName: '王芳',
  startsAt: '2026-03-02T01:00:00.000Z',
  endsAt: '2026-03-02T01:50:00.000Z',
};
/** The booking as the server answers it before its session (its slot opens again) and after. */
const before = { ...session, reopensOnCancel: true };
const after = { ...session, reopensOnCancel: false };

describe('the questions the phone asks before a slot is booked or a booking cancelled', () => {
  const i18n = testI18n({ zh, en });

  it('name the counsellor, the day and the time, and the mode booked', async () => {
    await i18n.changeLanguage('zh');
    expect(bookQuestion(i18n.t, session, 'online')).toBe('预约王芳的线上咨询：2026-03-02 09:00—09:50？');
    expect(bookQuestion(i18n.t, session, 'in_person')).toContain('面谈');
    await i18n.changeLanguage('en');
    expect(bookQuestion(i18n.t, session, 'in_person')).toBe(
      'Book an in-person session with 王芳 on 2026-03-02 09:00—09:50?',
    );
  });

  it('say on cancelling that a slot still to come opens again for others, and one past does not', async () => {
    await i18n.changeLanguage('zh');
    expect(cancelQuestion(i18n.t, before)).toEqual({
      title: '取消王芳 2026-03-02 09:00—09:50 的咨询预约？',
      description: '取消后该时段重新开放，其他职工可以预约。',
    });
    expect(cancelQuestion(i18n.t, after).description).toBe('该时段已过，取消后不再开放。');
    await i18n.changeLanguage('en');
    expect(cancelQuestion(i18n.t, before)).toEqual({
      title: 'Cancel your session with 王芳 on 2026-03-02 09:00—09:50?',
      description: 'The slot opens again for other workers to book.',
    });
    expect(cancelQuestion(i18n.t, after).description).toBe('The slot has passed and does not open again.');
  });
});
