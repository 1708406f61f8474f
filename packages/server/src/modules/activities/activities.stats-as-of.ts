import fc from 'fast-check';
import { expect } from 'vitest';
import { pad, type StatsAsOfCase, YEAR } from '../../../test/stats-as-of.kit.ts';
import { addDays } from '../../shared/dates.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';

/**
 * The statistics "as of" property for workers' activities (test/stats-as-of.kit.ts): the register's activities, listed
 * or as totals, and those held live.
 */
export const cases: StatsAsOfCase[] = [
  {
    title: 'held, sign-ups and attendance, listed or as totals, imported and live',
    property: (w) => {
      const activity = fc.record({
        imported: fc.boolean(),
        // from February: a sign-up up to 9 days before the activity stays in the year the figures are asked for
        month: fc.integer({ min: 2, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        people: fc.array(fc.record({ lead: fc.integer({ min: 0, max: 9 }), attended: fc.boolean() }), {
          maxLength: 3,
        }),
        // no more attending than signed up, as the register takes it
        totals: fc
          .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
          .map(([a, b]) => ({ signups: Math.max(a, b), attendance: Math.min(a, b) })),
      });
      return fc.asyncProperty(fc.array(activity, { minLength: 1, maxLength: 5 }), async (activities) => {
        const { district, unit } = await w.subtree();
        const persons = [];
        for (let i = 0; i < 3; i++) {
          const idNumber = w.app.t.ctx.newIdNumber();
          persons.push({ idNumber, ...(await w.app.t.ctx.newPerson(unit, { idNumber })) });
        }
        const svc = w.app.t.ctx.services.activities;
        const clerk = w.app.t.ctx.actor('staff', district);
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
                addDays(heldOn, -p.lead),
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
            signupFrom: addDays(heldOn, -9),
            signupUntil: heldOn,
            sessions: [{ startsAt: `${heldOn}T09:00:00+08:00`, endsAt: `${heldOn}T11:00:00+08:00` }],
          });
          const { sessions } = await svc.get(clerk, id);
          for (const [k, p] of a.people.entries()) {
            await svc.signUpMembers(clerk, id, [persons[k].id], addDays(heldOn, -p.lead));
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
          await w.upload('/api/activities/import', '以往活动台账.xlsx', file);
        }
        const base = `/api/activities/stats?orgId=${district.id}`;
        const without = await w.get(`${base}&year=${YEAR}`);
        const asOf = await w.get(`${base}&from=${YEAR}-01-01&to=${YEAR}-12-31`);
        expect(without.total.activities).toBe(activities.length);
        expect(without.total.signups).toBe(expected);
        expect({ total: asOf.total, byKind: asOf.byKind, asOf: asOf.asOf }).toEqual({
          total: without.total,
          byKind: without.byKind,
          asOf: without.asOf,
        });
      });
    },
  },
];
