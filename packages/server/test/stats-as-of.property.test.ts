import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalateOverdueCases } from '../src/modules/cases/cases.escalation.ts';
import { CLAIM_REGISTER } from '../src/modules/insurance/insurance.claims.register.ts';
import { PAST_PAYMENTS_REGISTER } from '../src/modules/programs/past/index.ts';
import { fixedProgram } from '../src/modules/programs/programs.test-kit.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { TEST_NOW, TEST_TODAY, TEST_YEAR } from './clock.ts';
import { pad, statsAsOfApp } from './stats-as-of.kit.ts';

/**
 * Issue 42 (ADR 40): a statistic asked without a day and the same asked "as of" the period's last day give the same
 * answer, for any mix of records brought in through a register and recorded live on their (past) days. Each run
 * builds a fresh union subtree in one database, so runs do not see each other's records; few runs keep it fast.
 */

const RUNS = Number(process.env.STATS_AS_OF_RUNS ?? 3);
const YEAR = 2025;

const { app, get, upload } = statsAsOfApp();
/** A day of YEAR: its month and day (1–28, every month has it). */
const day = (month: number, d: number) => `${YEAR}-${pad(month)}-${pad(d)}`;
/** The day `days` after `from`. */
const laterFrom = (from: string, days: number) => {
  const at = new Date(`${from}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};
/** `days` after `from`, kept inside YEAR. */
const later = (from: string, days: number) => {
  const out = laterFrom(from, days);
  return out > `${YEAR}-12-31` ? `${YEAR}-12-31` : out;
};
const aDay = fc.record({ month: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

async function subtree() {
  const district = await app.t.ctx.newOrg(app.root, 'district', `属性测试区总工会${app.t.ctx.unique()}`);
  const unit = await app.t.ctx.newOrg(district, 'grassroots', `属性测试基层工会${app.t.ctx.unique()}`);
  return { district, unit };
}

describe('a statistic asked without a day equals the same asked as of the period’s last day (issue 42)', () => {
  it('requests: filed, answered, in time, open and overdue, imported and live', async () => {
    const request = fc.record({
      imported: fc.boolean(),
      on: aDay,
      steps: fc.integer({ min: 0, max: 3 }),
      gap: fc.integer({ min: 0, max: 25 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: 1, maxLength: 6 }), async (requests) => {
        const { district, unit } = await subtree();
        const rows: string[][] = [];
        for (const [i, r] of requests.entries()) {
          const received = day(r.on.month, r.on.d);
          const accepted = r.steps >= 1 ? later(received, r.gap) : '';
          const answered = r.steps >= 2 ? later(accepted, r.gap) : '';
          const closed = r.steps >= 3 ? later(answered, 1) : '';
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
          const actor = app.t.ctx.actor('staff', app.root);
          const entered = await app.t.ctx.services.cases.enter(actor, {
            channel: 'reception',
            category: 'wages',
            description: `现场诉求${i}`,
            anonymous: true,
            orgId: unit.id,
            receivedOn: received,
          });
          const id = entered.case.id;
          if (accepted) await app.t.ctx.services.cases.accept(actor, id, accepted);
          if (answered) await app.t.ctx.services.cases.reply(actor, id, '已答复', answered);
          if (closed) await app.t.ctx.services.cases.close(actor, id, null, closed);
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
          await upload('/api/cases/import', '诉求台账.xlsx', file);
        }
        // the deadline sweep runs as it does every night, so the figures kept without a day are up to date
        await escalateOverdueCases(app.t.db, TEST_NOW);
        const base = `/api/cases/stats?orgId=${district.id}&from=${YEAR}-01&to=${YEAR}-12`;
        const pick = (s: Record<string, number>) => ({
          filed: s.filed,
          answered: s.answered,
          onTime: s.onTime,
          open: s.open,
          overdue: s.overdue,
        });
        const without = pick(await get(base));
        const asOf = pick(await get(`${base}&asOf=${YEAR}-12-31`));
        expect(without.filed).toBe(requests.length);
        expect(asOf).toEqual(without);
      }),
      { numRuns: RUNS },
    );
  });

  it('insurance: claims filed, paid and their amounts, imported and live', async () => {
    const claim = fc.record({
      imported: fc.boolean(),
      incident: aDay,
      gap: fc.integer({ min: 0, max: 20 }),
      outcome: fc.constantFrom('open', 'rejected', 'approved', 'paid'),
      payout: fc.integer({ min: 1, max: 50_000 }),
    });
    await fc.assert(
      // one worker's claims on distinct accident days: a second claim for the same accident is refused while the
      // first stands (INSURANCE_CLAIM_DUPLICATE), which is the rule, not what this property is about
      fc.asyncProperty(
        fc.uniqueArray(claim, {
          minLength: 1,
          maxLength: 5,
          selector: (c) => `${c.incident.month}-${c.incident.d}`,
        }),
        async (claims) => {
          const { district, unit } = await subtree();
          const idNumber = app.t.ctx.newIdNumber();
          const person = await app.t.ctx.newPerson(unit, { idNumber, joinedOn: '2010-01-01' });
          const actor = app.t.ctx.actor('staff', district);
          const policyNo = `P-${app.t.ctx.unique()}`;
          const policy = await app.t.ctx.services.insurance.createPolicy(actor, {
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
            const filedOn = later(incidentOn, c.gap);
            const decidedOn = later(filedOn, c.gap + 1);
            const paidOn = later(decidedOn, 3);
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
            const ins = app.t.ctx.services.insurance;
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
            await ins.review(app.t.ctx.actor('staff', unit), id, { action: 'forward', effectiveOn: filedOn });
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
            await upload('/api/insurance/claims/import', '理赔台账.xlsx', file);
          }
          const without = await get(`/api/insurance/stats?orgId=${district.id}&fromYear=${YEAR}`);
          const asOf = await get(
            `/api/insurance/stats?orgId=${district.id}&from=${YEAR}-01-01&to=${YEAR}-12-31`,
          );
          expect(without.total.claimsFiled).toBe(claims.length);
          expect({ total: asOf.total, states: asOf.states, asOf: asOf.asOf }).toEqual({
            total: without.total,
            states: without.states,
            asOf: without.asOf,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
  it('programs: payments to people brought in and counted on their days, this year to date', async () => {
    const payment = fc.record({
      approved: fc.integer({ min: 0, max: 150 }),
      gap: fc.integer({ min: 0, max: 15 }),
      yuan: fc.integer({ min: 1, max: 20_000 }),
      who: fc.integer({ min: 0, max: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(payment, { minLength: 1, maxLength: 5 }), async (payments) => {
        const { district, unit } = await subtree();
        const actor = { ...app.t.ctx.actor('staff', district), userId: 91 };
        const name = `以往补助${app.t.ctx.unique()}`;
        const created = await app.t.ctx.services.programs.create(
          actor,
          fixedProgram(district.id, {
            name,
            category: 'subsidy',
            intakeModes: ['batch'],
            amount: { kind: 'fixed', fen: 600_000 },
          }),
        );
        await app.t.ctx.services.programs.publish(actor, created.id);
        const people: { name: string; idNumber: string }[] = [];
        for (const n of ['王师傅', '李师傅']) {
          const idNumber = app.t.ctx.newIdNumber();
          await app.t.ctx.newPerson(unit, { name: n, idNumber });
          people.push({ name: n, idNumber });
        }
        const start = `${TEST_YEAR}-01-01`;
        const upTo = (d: string) => (d > TEST_TODAY ? TEST_TODAY : d);
        const rows = payments.map((p, i) => {
          const approvedOn = upTo(laterFrom(start, p.approved));
          const paidOn = upTo(laterFrom(approvedOn, p.gap));
          const who = people[p.who];
          return [who.idNumber, who.name, name, String(p.yuan), approvedOn, paidOn, `第${i}笔`];
        });
        const file = writeWorkbook([
          { name: '以往发放', headers: PAST_PAYMENTS_REGISTER.columns.map((c) => c.header), rows },
        ]);
        await upload('/api/programs/past-payments/import', '以往发放.xlsx', file);
        const mine = (r: { programs: { programId: number }[] }) =>
          r.programs.filter((p) => p.programId === created.id);
        const without = await get(`/api/reports/programs?orgId=${district.id}`);
        const asOf = await get(`/api/reports/programs?orgId=${district.id}&from=${start}&to=${TEST_TODAY}`);
        expect(mine(without)).toHaveLength(1);
        expect(mine(asOf)).toEqual(mine(without));
        expect(asOf.asOf).toBe(without.asOf);
      }),
      { numRuns: RUNS },
    );
  });
});
