import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { goLiveChecklist } from './golive.service.ts';

const TODAY = '2030-03-02';

describe('the go-live checklist (上线清单)', () => {
  let db: Db;
  let t: TestContext;
  let root: OrgRow;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    root = await t.newRoot();
  });
  afterAll(() => db.close());

  const stateOf = async (key: string) => {
    const list = await goLiveChecklist(db, t.actor('manager', root), TODAY);
    const step = list.steps.find((s) => s.key === key);
    if (!step) throw new Error(`no step ${key}`);
    return step;
  };

  it('starts with every step to do on a federation alone', async () => {
    const list = await goLiveChecklist(db, t.actor('manager', root), TODAY);
    expect(list.steps.map((s) => s.key)).toEqual(['unions', 'accounts', 'members', 'calendar', 'return']);
    expect(list.done).toBe(0);
    expect(list.steps.every((s) => s.figure.zh && s.figure.en && s.href.startsWith('/'))).toBe(true);
  });

  it('follows each step as the federation does it, counting in its own subtree', async () => {
    const district = await t.newOrg(root, 'district');
    expect((await stateOf('unions')).state).toBe('done');
    await t.newUser('manager', root);
    const accounts = await stateOf('accounts');
    expect(accounts.state).toBe('started');
    expect(accounts.figure.zh).toBe('1 / 2 个工会已有账号（分会除外）');
    await t.newUser('staff', district);
    expect((await stateOf('accounts')).state).toBe('done');
    await t.newPerson(district);
    expect((await stateOf('members')).figure.en).toBe('1 member');
    // another federation's holiday calendar is the platform's: one calendar for all
    await db.query(`insert into work_calendar (day, working, name) values ('2030-10-01', false, '国庆节')`);
    expect((await stateOf('calendar')).state).toBe('done');
    // a return issued by another federation does not count here
    const other = await t.newRoot();
    const issue = (orgId: number) =>
      db.query(
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
    expect((await goLiveChecklist(db, t.actor('manager', root), TODAY)).done).toBe(5);
  });

  it('is for those who manage accounts', async () => {
    await expect(goLiveChecklist(db, t.actor('staff', root), TODAY)).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });
});
