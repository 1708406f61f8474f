import fc from 'fast-check';
import { expect } from 'vitest';
import { aDay, day, laterInYear, type StatsAsOfCase, YEAR } from '../../../test/stats-as-of.kit.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { CLAIM_REGISTER } from './insurance.claims.register.ts';

/**
 * The statistics "as of" property for insurance claims (test/stats-as-of.kit.ts): the claims register's rows and
 * claims filed and decided live.
 */
export const cases: StatsAsOfCase[] = [
  {
    title: 'claims filed, paid and their amounts, imported and live',
    property: (w) => {
      const claim = fc.record({
        imported: fc.boolean(),
        incident: aDay,
        gap: fc.integer({ min: 0, max: 20 }),
        outcome: fc.constantFrom('open', 'rejected', 'approved', 'paid'),
        payout: fc.integer({ min: 1, max: 50_000 }),
      });
      // one worker's claims on distinct accident days: a second claim for the same accident is refused while the
      // first stands (INSURANCE_CLAIM_DUPLICATE), which is the rule, not what this property is about
      return fc.asyncProperty(
        fc.uniqueArray(claim, {
          minLength: 1,
          maxLength: 5,
          selector: (c) => `${c.incident.month}-${c.incident.d}`,
        }),
        async (claims) => {
          const { district, unit } = await w.subtree();
          const idNumber = w.app.t.ctx.newIdNumber();
          const person = await w.app.t.ctx.newPerson(unit, { idNumber, joinedOn: '2010-01-01' });
          const actor = w.app.t.ctx.actor('staff', district);
          const policyNo = `P-${w.app.t.ctx.unique()}`;
          const policy = await w.app.t.ctx.services.insurance.createPolicy(actor, {
            orgId: district.id,
            insurer: '测试保险公司',
            policyNo,
            title: `${YEAR}年团体意外险`,
            startsOn: `${YEAR}-01-01`,
            endsOn: `${YEAR}-12-31`,
            premiumFen: 5_000,
            cover: '意外医疗1万元',
            recordedInsured: 50,
            recordedPremiumFen: 250_000,
          });
          const rows: Record<string, string>[] = [];
          for (const c of claims) {
            const incidentOn = day(c.incident.month, c.incident.d);
            const filedOn = laterInYear(incidentOn, c.gap);
            const decidedOn = laterInYear(filedOn, c.gap + 1);
            const paidOn = laterInYear(decidedOn, 3);
            const yuan = String(c.payout);
            if (c.imported) {
              rows.push({
                policy: policyNo,
                idNumber,
                name: person.name,
                kind: '意外医疗',
                incidentOn,
                filedOn,
                outcome: { open: '未决', rejected: '拒赔', approved: '核定赔付', paid: '赔付' }[c.outcome],
                ...(c.outcome === 'open' ? {} : { decidedOn }),
                ...(c.outcome === 'rejected' ? { rejectReason: '不在保障范围' } : {}),
                ...(c.outcome === 'approved' || c.outcome === 'paid' ? { payout: yuan } : {}),
                ...(c.outcome === 'paid' ? { paidOn } : {}),
              });
              continue;
            }
            const ins = w.app.t.ctx.services.insurance;
            const { id } = await ins.fileClaim(actor, {
              policyId: policy.id,
              personId: person.id,
              kind: 'medical',
              incidentOn,
              place: '路口',
              description: '上班途中摔伤',
              documents: ['诊断证明'],
              filedOn,
            });
            if (c.outcome === 'open') continue;
            await ins.review(w.app.t.ctx.actor('staff', unit), id, {
              action: 'forward',
              effectiveOn: filedOn,
            });
            await ins.review(actor, id, { action: 'forward', effectiveOn: filedOn });
            if (c.outcome === 'rejected') {
              await ins.decide(actor, id, {
                action: 'reject',
                reason: '不在保障范围',
                effectiveOn: decidedOn,
              });
              continue;
            }
            await ins.decide(actor, id, {
              action: 'approve',
              payoutFen: c.payout * 100,
              effectiveOn: decidedOn,
            });
            if (c.outcome === 'paid') await ins.decide(actor, id, { action: 'pay', effectiveOn: paidOn });
          }
          if (rows.length) {
            const file = writeWorkbook([
              {
                name: '理赔台账',
                headers: CLAIM_REGISTER.columns.map((c) => c.header),
                rows: rows.map((r) => CLAIM_REGISTER.columns.map((c) => r[c.key] ?? '')),
              },
            ]);
            await w.upload('/api/insurance/claims/import', '理赔台账.xlsx', file);
          }
          const without = await w.get(`/api/insurance/stats?orgId=${district.id}&fromYear=${YEAR}`);
          const asOf = await w.get(
            `/api/insurance/stats?orgId=${district.id}&from=${YEAR}-01-01&to=${YEAR}-12-31`,
          );
          expect(without.total.claimsFiled).toBe(claims.length);
          expect({ total: asOf.total, states: asOf.states, asOf: asOf.asOf }).toEqual({
            total: without.total,
            states: without.states,
            asOf: without.asOf,
          });
        },
      );
    },
  },
];
