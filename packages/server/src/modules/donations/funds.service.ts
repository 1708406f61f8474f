import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { findProgramLedgerTotals, type ProgramLedgerTotals } from '../programs/index.ts';
import { addCounts, sumCounts } from '../reporting/index.ts';
import { donationErrors } from './donations.errors.ts';
import {
  type FundRow,
  type FundYear,
  findFund,
  findFundNameOfProgram,
  insertFund,
  insertFundYear,
  listFunds,
  listFundYears,
  setFundProgram,
} from './donations.repository.ts';
import { findDonor } from './donors.repository.ts';

/**
 * Special funds (专项基金). Income is the money donated to the fund (donations) plus the years before the platform
 * as reported (fund_years); grants are the fund's program's ledger (approved − reversed) plus those earlier
 * years. The balance is income − grants (ADR 26).
 */
export interface CreateFundInput {
  orgId: number;
  name: string;
  purpose: string;
  beneficiary: string;
  foundedOn: string;
  founderId?: number;
  programId?: number;
}

const grantsOf = (t: ProgramLedgerTotals | undefined) =>
  t
    ? {
        programId: t.programId,
        programName: t.programName,
        grantedFen: t.approvedFen - t.reversedFen,
        paidFen: t.paidFen,
        unpaidFen: t.unpaidFen,
        grants: t.grants,
        helped: t.helped,
        balanced: t.balanced,
      }
    : null;

function presentFund(f: FundRow, t: ProgramLedgerTotals | undefined) {
  const { orgPath: _p, donatedFen, earlierIncomeFen, earlierGrantedFen, earlierHelped, ...rest } = f;
  const grants = grantsOf(t);
  const incomeFen = donatedFen + earlierIncomeFen;
  const grantedFen = earlierGrantedFen + (grants?.grantedFen ?? 0);
  return {
    ...rest,
    incomeFen,
    grantedFen,
    balanceFen: incomeFen - grantedFen,
    helped: earlierHelped + (grants?.helped ?? 0),
  };
}

export async function presentFunds(sql: Sql, funds: FundRow[]) {
  const out = [];
  for (const f of funds)
    out.push(presentFund(f, f.programId ? await findProgramLedgerTotals(sql, f.programId) : undefined));
  return out;
}

/** The program a fund grants through: one owned by the fund's union and serving no other fund. */
async function checkProgram(sql: Sql, orgId: number, programId: number, fundId?: number) {
  const t = await findProgramLedgerTotals(sql, programId);
  if (!t) throw donationErrors.fundProgram({ zh: '资助项目不存在', en: 'The grant program does not exist' });
  if (t.ownerOrgId !== orgId)
    throw donationErrors.fundProgram({
      zh: `资助项目“${t.programName}”须由基金所属工会设立`,
      en: `The grant program “${t.programName}” must be owned by the fund's union`,
    });
  const otherFund = await findFundNameOfProgram(sql, programId, fundId ?? null);
  if (otherFund !== undefined)
    throw donationErrors.fundProgram({
      zh: `资助项目“${t.programName}”已由“${otherFund}”使用`,
      en: `The grant program “${t.programName}” already serves “${otherFund}”`,
    });
}

/** Sets up a fund in the caller's transaction; its founding day is not in the future (a past one: ADR 40). */
export async function setUpFund(sql: Sql, actor: Actor, input: CreateFundInput, now: Date): Promise<number> {
  const union = await findOrgById(sql, input.orgId);
  if (!union) throw donationErrors.unionNotFound();
  requireAccess(actor, 'donations.write', { orgPath: union.path });
  effectiveDay(actor, input.foundedOn, { zh: '设立', en: 'founding' }, [], { field: 'foundedOn', now });
  if (input.founderId && !(await findDonor(sql, input.founderId)))
    throw donationErrors.donorNotFound('founderId');
  if (input.programId) await checkProgram(sql, union.id, input.programId);
  const row = {
    orgId: union.id,
    name: input.name.trim(),
    purpose: input.purpose.trim(),
    beneficiary: input.beneficiary.trim(),
    foundedOn: input.foundedOn,
    founderId: input.founderId ?? null,
    programId: input.programId ?? null,
  };
  const id = await insertFund(sql, { ...row, createdBy: actor.userId || null });
  if (!id) throw donationErrors.fundDuplicate(row.name);
  await recordAudit(sql, actor, {
    action: 'fund.create',
    entity: 'fund',
    entityId: id,
    orgId: union.id,
    after: row,
  });
  return id;
}

/** Enters a year before the platform, once, with its counts (dated the year's last day). */
export async function addEarlierYear(sql: Sql, actor: Actor, fundId: number, y: FundYear) {
  const fund = await findFund(sql, fundId);
  if (!fund) throw donationErrors.fundNotFound();
  requireAccess(actor, 'donations.write', { orgPath: fund.orgPath });
  if (y.year < Number(fund.foundedOn.slice(0, 4)))
    throw donationErrors.invalid('year', {
      zh: `${y.year}年早于基金设立年份`,
      en: `${y.year} is before the fund was set up`,
    });
  if (!(await insertFundYear(sql, fundId, y))) throw donationErrors.fundYearExists(y.year);
  const on = `${y.year}-12-31`;
  const dim = String(fundId);
  await addCounts(sql, [
    { subject: 'funds.income', orgId: fund.orgId, on, dim, n: 0, fen: y.incomeFen },
    { subject: 'funds.helped', orgId: fund.orgId, on, dim, n: y.helped, fen: y.grantedFen },
  ]);
  await recordAudit(sql, actor, {
    action: 'fund.year.add',
    entity: 'fund',
    entityId: fundId,
    orgId: fund.orgId,
    after: y,
  });
}

/** Income and people helped per year, read from the statistics. */
async function fundYears(sql: Sql, fund: FundRow): Promise<FundYear[]> {
  const rows = await sumCounts(sql, {
    subject: ['funds.income', 'funds.helped'],
    path: fund.orgPath,
    by: ['subject', 'dim', 'month'],
  });
  const years = new Map<number, FundYear>();
  for (const r of rows) {
    if (r.dim !== String(fund.id)) continue;
    const year = Number(r.month.slice(0, 4));
    const y = years.get(year) ?? { year, incomeFen: 0, grantedFen: 0, helped: 0 };
    if (r.subject === 'funds.income') y.incomeFen += r.fen;
    else {
      y.grantedFen += r.fen;
      y.helped += r.n;
    }
    years.set(year, y);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export function createFundsService(db: Db, clock: Clock) {
  async function getFundIn(actor: Actor, id: number, permission: 'donations.read' | 'donations.write') {
    const fund = await findFund(db, id);
    if (!fund) throw donationErrors.fundNotFound();
    requireAccess(actor, permission, { orgPath: fund.orgPath });
    return fund;
  }

  async function getFund(actor: Actor, id: number) {
    const fund = await getFundIn(actor, id, 'donations.read');
    const totals = fund.programId ? await findProgramLedgerTotals(db, fund.programId) : undefined;
    return {
      fund: presentFund(fund, totals),
      program: grantsOf(totals),
      earlier: await listFundYears(db, id),
      byYear: await fundYears(db, fund),
    };
  }

  return {
    async createFund(actor: Actor, input: CreateFundInput) {
      const id = await db.tx((sql) => setUpFund(sql, actor, input, clock()));
      return (await getFund(actor, id)).fund;
    },

    async listFunds(actor: Actor) {
      requireAccess(actor, 'donations.read');
      return presentFunds(db, await listFunds(db, { scope: actor }));
    },

    getFund,

    async linkProgram(actor: Actor, id: number, programId: number) {
      const fund = await getFundIn(actor, id, 'donations.write');
      await db.tx(async (sql) => {
        await checkProgram(sql, fund.orgId, programId, id);
        await setFundProgram(sql, id, programId);
        await recordAudit(sql, actor, {
          action: 'fund.program',
          entity: 'fund',
          entityId: id,
          orgId: fund.orgId,
          before: { programId: fund.programId },
          after: { programId },
        });
      });
      return getFund(actor, id);
    },

    async addEarlierYear(actor: Actor, id: number, y: FundYear) {
      await db.tx((sql) => addEarlierYear(sql, actor, id, y));
      return getFund(actor, id);
    },
  };
}

export type FundsService = ReturnType<typeof createFundsService>;
