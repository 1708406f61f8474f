import fc from 'fast-check';
import { expect } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { aDay, day, laterInYear, type StatsAsOfCase, YEAR } from '../../../test/stats-as-of.kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { escalateOverdueCases } from './cases.escalation.ts';

/**
 * The statistics "as of" property for requests (test/stats-as-of.kit.ts): the register's rows and live decisions on
 * their days; the nightly deadline sweep runs before the figures are read.
 */
export const cases: StatsAsOfCase[] = [
  {
    title: 'requests filed, answered, in time, open and overdue, imported and live',
    property: (w) => {
      const request = fc.record({
        imported: fc.boolean(),
        on: aDay,
        steps: fc.integer({ min: 0, max: 3 }),
        gap: fc.integer({ min: 0, max: 25 }),
      });
      return fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 6 }), async (requests) => {
        const { district, unit } = await w.subtree();
        const rows: string[][] = [];
        for (const [i, r] of requests.entries()) {
          const received = day(r.on.month, r.on.d);
          const accepted = r.steps >= 1 ? laterInYear(received, r.gap) : '';
          const answered = r.steps >= 2 ? laterInYear(accepted, r.gap) : '';
          const closed = r.steps >= 3 ? laterInYear(answered, 1) : '';
          if (r.imported) {
            rows.push(
              [received, '', '接待日', '工资报酬', `台账诉求${i}`, '', unit.name, '是'].concat([
                accepted,
                answered,
                answered ? '已答复' : '',
                closed,
              ]),
            );
            continue;
          }
          const actor = w.app.t.ctx.actor('staff', w.app.root);
          const entered = await w.app.t.ctx.services.cases.enter(actor, {
            channel: 'reception',
            category: 'wages',
            description: `现场诉求${i}`,
            anonymous: true,
            orgId: unit.id,
            receivedOn: received,
          });
          const id = entered.case.id;
          if (accepted) await w.app.t.ctx.services.cases.accept(actor, id, accepted);
          if (answered) await w.app.t.ctx.services.cases.reply(actor, id, '已答复', answered);
          if (closed) await w.app.t.ctx.services.cases.close(actor, id, null, closed);
        }
        if (rows.length) {
          const HEADERS = [
            '收到日期',
            '收到时间',
            '渠道',
            '类别',
            '诉求内容',
            '职工身份证号',
            '所在工会',
            '匿名',
          ];
          const file = writeWorkbook([
            { name: '诉求台账', headers: [...HEADERS, '受理日期', '答复日期', '答复内容', '办结日期'], rows },
          ]);
          await w.upload('/api/cases/import', '诉求台账.xlsx', file);
        }
        // the deadline sweep runs as it does every night, so the figures kept without a day are up to date
        await escalateOverdueCases(w.app.t.db, TEST_NOW);
        const base = `/api/cases/stats?orgId=${district.id}&from=${YEAR}-01&to=${YEAR}-12`;
        const pick = (s: Record<string, number>) => ({
          filed: s.filed,
          answered: s.answered,
          onTime: s.onTime,
          open: s.open,
          overdue: s.overdue,
        });
        const without = pick(await w.get(base));
        const asOf = pick(await w.get(`${base}&asOf=${YEAR}-12-31`));
        expect(without.filed).toBe(requests.length);
        expect(asOf).toEqual(without);
      });
    },
  },
];
