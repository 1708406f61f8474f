import fc from 'fast-check';
import { expect } from 'vitest';
import { TEST_TODAY, TEST_YEAR } from '../../../test/clock.ts';
import type { StatsAsOfCase } from '../../../test/stats-as-of.kit.ts';
import { addDays } from '../../shared/dates.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { PAST_PAYMENTS_REGISTER } from './past/index.ts';
import { fixedProgram } from './programs.test-kit.ts';

/**
 * The statistics "as of" property for programs' past payments (test/stats-as-of.kit.ts): the 以往发放 register's payments,
 * this year to date.
 */
export const cases: StatsAsOfCase[] = [
  {
    title: 'payments to people brought in and counted on their days, this year to date',
    property: (w) => {
      const payment = fc.record({
        approved: fc.integer({ min: 0, max: 150 }),
        gap: fc.integer({ min: 0, max: 15 }),
        yuan: fc.integer({ min: 1, max: 20_000 }),
        who: fc.integer({ min: 0, max: 1 }),
      });
      return fc.asyncProperty(fc.array(payment, { minLength: 1, maxLength: 5 }), async (payments) => {
        const { district, unit } = await w.subtree();
        const actor = { ...w.app.t.ctx.actor('staff', district), userId: 91 };
        const name = `以往补助${w.app.t.ctx.unique()}`;
        const created = await w.app.t.ctx.services.programs.create(
          actor,
          fixedProgram(district.id, {
            name,
            category: 'subsidy',
            intakeModes: ['batch'],
            amount: { kind: 'fixed', fen: 600_000 },
          }),
        );
        await w.app.t.ctx.services.programs.publish(actor, created.id);
        const people: { name: string; idNumber: string }[] = [];
        for (const n of ['王师傅', '李师傅']) {
          const idNumber = w.app.t.ctx.newIdNumber();
          await w.app.t.ctx.newPerson(unit, { name: n, idNumber });
          people.push({ name: n, idNumber });
        }
        const start = `${TEST_YEAR}-01-01`;
        const upTo = (d: string) => (d > TEST_TODAY ? TEST_TODAY : d);
        const rows = payments.map((p, i) => {
          const approvedOn = upTo(addDays(start, p.approved));
          const paidOn = upTo(addDays(approvedOn, p.gap));
          const who = people[p.who];
          return [who.idNumber, who.name, name, String(p.yuan), approvedOn, paidOn, `第${i}笔`];
        });
        const file = writeWorkbook([
          { name: '以往发放', headers: PAST_PAYMENTS_REGISTER.columns.map((c) => c.header), rows },
        ]);
        await w.upload('/api/programs/past-payments/import', '以往发放.xlsx', file);
        const mine = (r: { programs: { programId: number }[] }) =>
          r.programs.filter((p) => p.programId === created.id);
        const without = await w.get(`/api/reports/programs?orgId=${district.id}`);
        const asOf = await w.get(`/api/reports/programs?orgId=${district.id}&from=${start}&to=${TEST_TODAY}`);
        expect(mine(without)).toHaveLength(1);
        expect(mine(asOf)).toEqual(mine(without));
        expect(asOf.asOf).toBe(without.asOf);
      });
    },
  },
];
