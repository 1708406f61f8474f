import fc from 'fast-check';
import { expect } from 'vitest';
import { type StatsAsOfCase, YEAR } from '../../../test/stats-as-of.kit.ts';
import { addDays } from '../../shared/dates.ts';
import { unionPaidProgram, wellnessRegisterSheet } from './wellness.test-kit.ts';

/**
 * The statistics "as of" property for 疗休养/体检 (test/stats-as-of.kit.ts): the register's nominations and those made,
 * withdrawn and marked live.
 */
export const cases: StatsAsOfCase[] = [
  {
    title: 'nominations to 疗休养/体检, withdrawals and attendance, imported and live',
    property: (w) => {
      const nominee = fc.record({
        imported: fc.boolean(),
        lead: fc.integer({ min: 0, max: 30 }),
        fate: fc.constantFrom('attended', 'absent', 'unmarked', 'withdrawn'),
      });
      return fc.asyncProperty(
        fc.constantFrom('recuperation', 'checkup'),
        fc.array(nominee, { minLength: 1, maxLength: 6 }),
        async (kind, nominees) => {
          const { district, unit } = await w.subtree();
          const wellness = w.app.t.ctx.services.wellness;
          const clerk = w.app.t.ctx.actor('staff', district);
          const programName = `属性测试疗休养${w.app.t.ctx.unique()}`;
          const program = await wellness.createProgram(
            clerk,
            unionPaidProgram(district.id, programName, kind, { fromYear: YEAR, toYear: YEAR + 1 }),
          );
          const instName = `属性测试疗养院${w.app.t.ctx.unique()}`;
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
              const person = await w.app.t.ctx.newPerson(unit);
              const on = addDays(days.closesOn, -n.lead);
              const { id } = await wellness.nominate(w.app.t.ctx.actor('staff', unit), batch.id, {
                orgId: unit.id,
                personId: person.id,
                effectiveOn: on,
              });
              if (n.fate === 'withdrawn')
                await wellness.endNomination(w.app.t.ctx.actor('staff', unit), id, {
                  effectiveOn: days.closesOn,
                });
              else if (n.fate !== 'unmarked') marks.push({ nominationId: id, attendance: n.fate });
            }
            if (marks.length)
              await wellness.markAttendance(clerk, batch.id, { effectiveOn: days.endsOn, marks });
          }
          const rows: (string | number)[][] = [];
          for (const n of nominees.filter((x) => x.imported)) {
            const idNumber = w.app.t.ctx.newIdNumber();
            const person = await w.app.t.ctx.newPerson(unit, { idNumber });
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
              addDays(days.closesOn, -n.lead),
              n.fate === 'withdrawn' ? '退出' : '',
              n.fate === 'withdrawn' ? days.closesOn : '',
              '',
              n.fate === 'attended' ? '是' : n.fate === 'absent' ? '否' : '',
            ]);
          }
          if (rows.length)
            await w.upload('/api/wellness/import', '疗休养体检台账.xlsx', wellnessRegisterSheet(rows));
          const base = `/api/wellness/stats?orgId=${district.id}`;
          const without = await w.get(`${base}&year=${YEAR}`);
          const asOf = await w.get(`${base}&from=${YEAR}-01-01&to=${YEAR}-12-31`);
          expect(without.total.nominated).toBe(nominees.length);
          expect(without.total.attended).toBe(nominees.filter((n) => n.fate === 'attended').length);
          expect({ total: asOf.total, served: asOf.served, asOf: asOf.asOf }).toEqual({
            total: without.total,
            served: without.served,
            asOf: without.asOf,
          });
        },
      );
    },
  },
];
