import { describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { goLiveChecklist } from './golive.service.ts';

const TODAY = '2030-03-02';

describe('the go-live checklist (上线清单)', () => {
  const w = contextWorld();

  const stateOf = async (key: string) => {
    const list = await goLiveChecklist(w.db, w.t.actor('manager', w.root), TODAY);
    const step = list.steps.find((s) => s.key === key);
    if (!step) throw new Error(`no step ${key}`);
    return step;
  };

  it('starts with every step to do on a federation alone', async () => {
    const list = await goLiveChecklist(w.db, w.t.actor('manager', w.root), TODAY);
    expect(list.steps.map((s) => s.key)).toEqual(['unions', 'accounts', 'members', 'calendar', 'return']);
    expect(list.done).toBe(0);
    expect(list.steps.every((s) => s.figure.zh && s.figure.en && s.href.startsWith('/'))).toBe(true);
  });

  it('follows each step as the federation does it, counting in its own subtree', async () => {
    const district = await w.t.newOrg(w.root, 'district');
    expect((await stateOf('unions')).state).toBe('done');
    await w.t.newUser('manager', w.root);
    const accounts = await stateOf('accounts');
    expect(accounts.state).toBe('started');
    expect(accounts.figure.zh).toBe('1 / 2 个工会已有账号（分会除外）');
    await w.t.newUser('staff', district);
    expect((await stateOf('accounts')).state).toBe('done');
    await w.t.newPerson(district);
    expect((await stateOf('members')).figure.en).toBe('1 member');
    // another federation's holiday calendar is the platform's: one calendar for all
    await w.db.query(`insert into work_calendar (day, working, name) values ('2030-10-01', false, '国庆节')`);
    expect((await stateOf('calendar')).state).toBe('done');
    // a return issued by another federation does not count here
    const other = await w.t.newRoot();
    const issue = (orgId: number) =>
      w.db.query(
        `insert into returns (org_id, title, period_kind, period_from, period_to, target_level, deadline, form,
           status, issued_at)
         values ($1, '2029年工会统计年报', 'year', '2029-01-01', '2029-12-31', 2, '2030-03-31', '{}', 'issued',
                 timestamptz '2030-03-01 10:00+08')`,
        [orgId],
      );
    await issue(other.id);
    expect((await stateOf('return')).state).toBe('todo');
    await issue(district.id);
    const ret = await stateOf('return');
    expect([ret.state, ret.figure.zh]).toEqual(['done', '已下发 1 份，首份于 2030-03-01']);
    expect((await goLiveChecklist(w.db, w.t.actor('manager', w.root), TODAY)).done).toBe(5);
  });

  it('asks for next year’s holidays too from 1 November, when the State Council has published them', async () => {
    const manager = w.t.actor('manager', w.root);
    const calendar = async (today: string) =>
      (await goLiveChecklist(w.db, manager, today)).steps.find((s) => s.key === 'calendar');
    expect((await calendar('2031-10-31'))?.title.zh).toBe('确定 2031 年节假日安排');
    await w.db.query(`insert into work_calendar (day, working, name) values ('2031-10-01', false, '国庆节')`);
    const november = await calendar('2031-11-01');
    expect([november?.state, november?.title.zh, november?.title.en]).toEqual([
      'started',
      '确定 2031 年和 2032 年节假日安排',
      'Set the holidays of 2031 and 2032',
    ]);
    expect(november?.figure).toEqual({
      zh: '2031 年已定 1 天，2032 年已定 0 天',
      en: '1 day of 2031 set, 0 days of 2032 set',
    });
    await w.db.query(`insert into work_calendar (day, working, name) values ('2032-01-01', false, '元旦')`);
    expect((await calendar('2031-12-20'))?.state).toBe('done');
  });

  it('is for those who manage accounts', async () => {
    await expect(goLiveChecklist(w.db, w.t.actor('staff', w.root), TODAY)).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });
});
