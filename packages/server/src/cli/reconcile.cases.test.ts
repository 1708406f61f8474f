/**
 * The reconciliation (ADR 73) after the typical life of workers' requests and hardship files: every count the
 * statistics read is recounted from the rows and steps and agrees; a corrupted count is reported with its union,
 * figure and day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/factories.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import { escalateOverdueCases } from '../modules/cases/index.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { moveKeptCount, openReconcileWorld, type reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let t: TestContext;
let cli: ReturnType<typeof reconcileCli>;
let city: OrgRow;
let street: OrgRow;
let firm: OrgRow;
let firmStaff: Actor;
let streetStaff: Actor;

beforeAll(async () => {
  ({ db, t, cli, city } = await openReconcileWorld());
  street = await t.newOrg(city, 'street');
  firm = await t.newOrg(street, 'grassroots');
  firmStaff = t.actor('staff', firm);
  streetStaff = t.actor('staff', street);
});
afterAll(async () => db?.close());

const worker = async () => t.actor('worker', null, (await t.newPerson(firm)).id);
/** A request a worker files in their own name (not anonymous). */
const filed = async (
  w: Actor,
  c: Omit<Parameters<TestContext['services']['cases']['worker']['file']>[1], 'anonymous'>,
) => (await t.services.cases.worker.file(w, { ...c, anonymous: false })).case;

describe('reconcile requests (诉求)', () => {
  it('finds nothing after filing, a missed deadline, late and on-time answers, ratings, reopenings and closings', async () => {
    const cases = t.services.cases;
    const w1 = await worker();
    const late = await filed(w1, { channel: 'app', category: 'wages', description: '工资拖欠' });
    await cases.accept(firmStaff, late.id);
    // The deadline sweep finds the answer overdue and sends the request up; the street answers it late.
    const missed = new Date(`${late.answerDue}T12:00:00+08:00`);
    missed.setUTCDate(missed.getUTCDate() + 1);
    expect(await escalateOverdueCases(db, missed)).toContain(late.id);
    await cases.reply(streetStaff, late.id, '已协调补发');
    await cases.worker.rate(w1, late.id, { rating: 4 });

    const w2 = await worker();
    const reopened = await filed(w2, { channel: 'mailbox', category: 'suggestion', description: '夜班餐' });
    await cases.reply(firmStaff, reopened.id, '已转告食堂');
    await cases.worker.reopen(w2, reopened.id, '仍未安排');
    await cases.reply(firmStaff, reopened.id, '已安排');
    await cases.close(firmStaff, reopened.id);

    // Entered by staff for a past reception day, answered and closed on past days, then reopened by the worker.
    const w3 = await worker();
    const { case: entered } = await cases.enter(firmStaff, {
      channel: 'reception',
      category: 'contract',
      description: '合同续签',
      personId: w3.personId,
      receivedOn: '2026-03-02',
    });
    await cases.reply(firmStaff, entered.id, '已答复', '2026-03-05');
    await cases.close(firmStaff, entered.id, null, '2026-03-06');
    await cases.worker.reopen(w3, entered.id, '问题未解决');
    await cases.close(firmStaff, entered.id, '再次办结');

    expect(await cli.run('reconcile', '--union', String(city.id), '--as-of', '2026-12-31')).toBe(0);
    expect(cli.err.join('\n')).not.toMatch(/cases\./);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处\n.* 0 differences$/)]);
  });

  it('reports a corrupted overdue count with its union, figure and day', async () => {
    // The sweep marked it overdue on the day after its deadline, and the answer (dated earlier) took it out that day.
    const corrupt = { subject: 'cases.overdue', orgId: firm.id };
    await moveKeptCount(db, corrupt, 1);
    expect(await cli.run('reconcile', '--union', String(street.id), '--as-of', '2026-12-31')).toBe(1);
    expect(cli.out).toHaveLength(2);
    expect(cli.out[0]).toMatch(
      new RegExp(
        `^${firm.name}（ID ${firm.id}）· 逾期诉求数 cases.overdue · 2026-\\d\\d-\\d\\d：记录 1，重算 0\\n`,
      ),
    );
    await moveKeptCount(db, corrupt, -1);
  });
});
