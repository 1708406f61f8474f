import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { pad, statsAsOfApp } from './stats-as-of.kit.ts';

/**
 * Issue 42 (ADR 40), continuing stats-as-of.property.test.ts for 疗休养/体检 and workers' activities: a statistic
 * asked without a day (the year) equals the same asked "as of" the year's last day, for any mix of records brought
 * in through the register and recorded live on their past days. Each run builds a fresh union subtree.
 */

const RUNS = Number(process.env.STATS_AS_OF_RUNS ?? 3);
const YEAR = 2025;

const { app, get, upload } = statsAsOfApp();
/** The day `days` after `from` (before it when negative). */
const shift = (from: string, days: number) => {
  const at = new Date(`${from}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

async function subtree() {
  const district = await app.t.ctx.newOrg(app.root, 'district', `属性测试区总工会${app.t.ctx.unique()}`);
  const unit = await app.t.ctx.newOrg(district, 'grassroots', `属性测试基层工会${app.t.ctx.unique()}`);
  return { district, unit };
}

describe('a statistic asked without a day equals the same asked as of the year’s last day (issue 42)', () => {
  it('疗休养/体检: nominations, withdrawals and attendance, imported and live', async () => {
    const nominee = fc.record({
      imported: fc.boolean(),
      lead: fc.integer({ min: 0, max: 30 }),
      fate: fc.constantFrom('attended', 'absent', 'unmarked', 'withdrawn'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('recuperation', 'checkup'),
        fc.array(nominee, { minLength: 1, maxLength: 6 }),
        async (kind, nominees) => {
          const { district, unit } = await subtree();
          const wellness = app.t.ctx.services.wellness;
          const clerk = app.t.ctx.actor('staff', district);
          const programName = `属性测试疗休养${app.t.ctx.unique()}`;
          const program = await wellness.createProgram(clerk, {
            orgId: district.id,
            name: programName,
            kind,
            fromYear: YEAR,
            toYear: YEAR + 1,
            placesPerYear: 100,
            costFen: 100_000,
            unionShareFen: 100_000,
            enterpriseShareFen: 0,
            workerShareFen: 0,
            gapYears: 3,
          });
          const instName = `属性测试疗养院${app.t.ctx.unique()}`;
          const inst = await wellness.createInstitution(clerk, {
            orgId: district.id,
            name: instName,
            kind: kind === 'checkup' ? 'checkup_centre' : 'sanatorium',
            capacity: 50,
          });
          const days = { startsOn: `${YEAR}-08-10`, endsOn: `${YEAR}-08-14`, closesOn: `${YEAR}-08-01` };
          const live = nominees.filter((n) => !n.imported);
          if (live.length) {
            const batch = await wellness.createBatch(clerk, {
              programId: program.id,
              institutionId: inst.id,
              title: '现场录入批次',
              ...days,
              places: 10,
            });
            await wellness.allocate(clerk, batch.id, {
              orgId: unit.id,
              quota: live.length,
              effectiveOn: `${YEAR}-06-01`,
            });
            const marks: { nominationId: number; attendance: 'attended' | 'absent' }[] = [];
            for (const n of live) {
              const person = await app.t.ctx.newPerson(unit);
              const on = shift(days.closesOn, -n.lead);
              const { id } = await wellness.nominate(app.t.ctx.actor('staff', unit), batch.id, {
                orgId: unit.id,
                personId: person.id,
                effectiveOn: on,
              });
              if (n.fate === 'withdrawn')
                await wellness.endNomination(app.t.ctx.actor('staff', unit), id, {
                  effectiveOn: days.closesOn,
                });
              else if (n.fate !== 'unmarked') marks.push({ nominationId: id, attendance: n.fate });
            }
            if (marks.length)
              await wellness.markAttendance(clerk, batch.id, { effectiveOn: days.endsOn, marks });
          }
          const rows: (string | number)[][] = [];
          for (const n of nominees.filter((x) => x.imported)) {
            const idNumber = app.t.ctx.newIdNumber();
            const person = await app.t.ctx.newPerson(unit, { idNumber });
            rows.push([
              programName,
              '台账批次',
              instName,
              days.startsOn,
              days.endsOn,
              days.closesOn,
              10,
              unit.name,
              idNumber,
              person.name,
              shift(days.closesOn, -n.lead),
              n.fate === 'withdrawn' ? '退出' : '',
              n.fate === 'withdrawn' ? days.closesOn : '',
              '',
              n.fate === 'attended' ? '是' : n.fate === 'absent' ? '否' : '',
            ]);
          }
          if (rows.length) {
            const headers = [
              '项目名称',
              '批次名称',
              '接待机构',
              '开始日期',
              '结束日期',
              '推荐截止日期',
              '批次名额',
            ];
            const file = writeWorkbook([
              {
                name: '疗休养体检台账',
                headers: [
                  ...headers,
                  '推荐工会',
                  '身份证号',
                  '姓名',
                  '推荐日期',
                  '名单状态',
                  '变动日期',
                ].concat(['替补人身份证号', '是否到场']),
                rows,
                textColumns: [8, 13],
              },
            ]);
            await upload('/api/wellness/import', '疗休养体检台账.xlsx', file);
          }
          const base = `/api/wellness/stats?orgId=${district.id}`;
          const without = await get(`${base}&year=${YEAR}`);
          const asOf = await get(`${base}&from=${YEAR}-01-01&to=${YEAR}-12-31`);
          expect(without.total.nominated).toBe(nominees.length);
          expect(without.total.attended).toBe(nominees.filter((n) => n.fate === 'attended').length);
          expect({ total: asOf.total, served: asOf.served, asOf: asOf.asOf }).toEqual({
            total: without.total,
            served: without.served,
            asOf: without.asOf,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('activities: held, sign-ups and attendance, listed or as totals, imported and live', async () => {
    const activity = fc.record({
      imported: fc.boolean(),
      // from February: a sign-up up to 9 days before the activity stays in the year the figures are asked for
      month: fc.integer({ min: 2, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
      people: fc.array(fc.record({ lead: fc.integer({ min: 0, max: 9 }), attended: fc.boolean() }), {
        maxLength: 3,
      }),
      totals: fc.record({
        signups: fc.integer({ min: 0, max: 40 }),
        attendance: fc.integer({ min: 0, max: 40 }),
      }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(activity, { minLength: 1, maxLength: 5 }), async (activities) => {
        const { district, unit } = await subtree();
        const persons = [];
        for (let i = 0; i < 3; i++) {
          const idNumber = app.t.ctx.newIdNumber();
          persons.push({ idNumber, ...(await app.t.ctx.newPerson(unit, { idNumber })) });
        }
        const svc = app.t.ctx.services.activities;
        const clerk = app.t.ctx.actor('staff', district);
        const rows: (string | number)[][] = [];
        let expected = 0;
        for (const [i, a] of activities.entries()) {
          const heldOn = `${YEAR}-${pad(a.month)}-${pad(a.d)}`;
          const title = `属性测试活动${i}`;
          if (a.imported) {
            if (!a.people.length) {
              rows.push([
                title,
                unit.name,
                '文体',
                heldOn,
                '',
                '',
                '',
                '',
                '',
                a.totals.signups,
                a.totals.attendance,
              ]);
              expected += a.totals.signups;
            }
            for (const [k, p] of a.people.entries()) {
              const who = persons[k];
              rows.push([
                title,
                unit.name,
                '文体',
                heldOn,
                who.idNumber,
                who.name,
                '',
                shift(heldOn, -p.lead),
                p.attended ? '是' : '否',
              ]);
              expected += 1;
            }
            continue;
          }
          const { id } = await svc.create(clerk, {
            orgId: district.id,
            title,
            kind: 'sports',
            place: '体育馆',
            places: 10,
            signupFrom: shift(heldOn, -9),
            signupUntil: heldOn,
            sessions: [{ startsAt: `${heldOn}T09:00:00+08:00`, endsAt: `${heldOn}T11:00:00+08:00` }],
          });
          const { sessions } = await svc.get(clerk, id);
          for (const [k, p] of a.people.entries()) {
            await svc.signUpMembers(clerk, id, [persons[k].id], shift(heldOn, -p.lead));
            if (p.attended) await svc.checkInMember(clerk, id, sessions[0].id, persons[k].id, heldOn);
            expected += 1;
          }
        }
        if (rows.length) {
          const headers = ['活动名称', '主办工会', '活动类型', '举办日期', '身份证号码', '姓名', '手机号码'];
          const file = writeWorkbook([
            {
              name: '以往活动台账',
              headers: [...headers, '报名日期', '是否参加', '报名人数', '参加人数'],
              rows,
              textColumns: [4],
            },
          ]);
          await upload('/api/activities/import', '以往活动台账.xlsx', file);
        }
        const base = `/api/activities/stats?orgId=${district.id}`;
        const without = await get(`${base}&year=${YEAR}`);
        const asOf = await get(`${base}&from=${YEAR}-01-01&to=${YEAR}-12-31`);
        expect(without.total.activities).toBe(activities.length);
        expect(without.total.signups).toBe(expected);
        expect({ total: asOf.total, byKind: asOf.byKind, asOf: asOf.asOf }).toEqual({
          total: without.total,
          byKind: without.byKind,
          asOf: without.asOf,
        });
      }),
      { numRuns: RUNS },
    );
  });
});
