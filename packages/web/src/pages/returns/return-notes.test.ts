import { describe, expect, it } from 'vitest';
import returnsEn from '../../i18n/returns.en.json';
import returnsZh from '../../i18n/returns.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { returnNotes } from './return-notes.ts';

const comment = (round: number, key: string, body: string) => ({
  round,
  key,
  body,
  writtenBy: '杨镇总工会管理员',
  writtenAt: '2026-11-30T12:00:00Z',
});

/**
 * A return sent back, fixed and accepted kept its 退回意见 as a warning at its head and at its fields, as if it
 * still waited for changes: the notes are live only while the return stands returned, and only the last round's.
 */
describe('the notes of a return sent back', () => {
  const comments = [
    comment(2, '', '本年经费收入请核对'),
    comment(2, 'f22', '请按决算数填报'),
    comment(1, '', '女职工人数未填'),
    comment(1, 'f3', '请补填'),
  ];

  it('are what to fix while the return stands returned, the last round only', () => {
    const n = returnNotes({ status: 'returned', returnNote: '本年经费收入请核对', comments });
    expect(n.live).toBe(true);
    expect(n.general).toEqual([]);
    expect(n.onField('f22').map((c) => c.body)).toEqual(['请按决算数填报']);
    expect(n.onField('f3')).toEqual([]);
  });

  it('are what was asked before once the return is submitted again, accepted or marked not reported', () => {
    for (const status of ['submitted', 'accepted', 'not_reported', 'open'] as const)
      expect(returnNotes({ status, returnNote: '本年经费收入请核对', comments }).live, status).toBe(false);
  });

  it('say so in both languages', () => {
    const i18n = testI18n({ zh: returnsZh, en: returnsEn });
    expect(i18n.t('ret.fill.noteBefore', { note: '请核对' })).toBe('此前的退回意见：请核对');
    expect(i18n.getFixedT('en')('ret.fill.noteBefore', { note: 'check it' })).toBe(
      'Returned earlier: check it',
    );
    expect(i18n.t('ret.fill.commentBefore', { body: '请补填' })).toBe('此前的意见：请补填');
    expect(i18n.getFixedT('en')('ret.fill.commentBefore', { body: 'fill it' })).toBe(
      'Asked earlier: fill it',
    );
  });
});
