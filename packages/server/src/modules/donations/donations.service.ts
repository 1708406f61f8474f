import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { changedFields } from '../../shared/changes.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import { typedName } from '../../shared/text.ts';
import { listEdits, recordAudit, recordEdit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { campaignForGoods, campaignTitles, stockDonatedGoods } from './donations.campaign.ts';
import { donationErrors } from './donations.errors.ts';
import { type DonationFilters, exportDonations } from './donations.export.ts';
import { checkGift, donationCounts } from './donations.gift.ts';
import { createDonationImport } from './donations.import.ts';
import {
  type DonationRow,
  findDonation,
  findFund,
  insertDonation,
  listDonations,
  listFunds,
  type NewDonation,
} from './donations.repository.ts';
import { exportDonationStats, getDonationStats } from './donations.stats.ts';
import { type DonorRow, findDonor, insertDonor, listDonors, updateDonor } from './donors.repository.ts';
import { presentFunds } from './funds.service.ts';

export interface CreateDonorInput {
  orgId: number;
  kind: 'enterprise' | 'person';
  name: string;
  contactName?: string | null;
  phone?: string | null;
  address?: string | null;
  note?: string | null;
}

export interface CreateDonationInput {
  donorId: number;
  orgId?: number;
  fundId?: number;
  kind: 'money' | 'goods';
  receivedOn: string;
  amountFen: number;
  item?: string;
  quantity?: number;
  unit?: string;
  /** Goods only: the 送温暖 campaign whose stock receives them. */
  campaignId?: number;
  note?: string | null;
}

/** A phone shown in lists: its first three and last two digits. */
export const maskPhone = (phone: string | null) =>
  phone ? `${phone.slice(0, 3)}${'*'.repeat(Math.max(phone.length - 5, 1))}${phone.slice(-2)}` : null;

const presentDonor = (d: DonorRow, fullPhone = false) => {
  const { orgPath: _path, ...rest } = d;
  return { ...rest, phone: fullPhone ? d.phone : maskPhone(d.phone) };
};

/** Donations as answered: with the title of the campaign whose stock took the goods, where there is one. */
async function presentDonations(sql: Sql, rows: DonationRow[]) {
  const titles = await campaignTitles(
    sql,
    rows.map((x) => x.campaignId),
  );
  return rows.map(({ orgPath: _path, ...rest }) => ({
    ...rest,
    campaignTitle: rest.campaignId === null ? null : (titles.get(rest.campaignId) ?? null),
  }));
}

/** A donor is reachable from the unions in the subtree of the union keeping its file, and from those above it. */
function canReachDonor(actor: Actor, donor: DonorRow, permission: 'donations.read' | 'donations.write') {
  return (
    canAccess(actor, permission, { orgPath: donor.orgPath }) ||
    (actor.scopePath !== null && donor.orgPath.startsWith(actor.scopePath))
  );
}

function checkGoods(input: CreateDonationInput) {
  if (input.kind === 'money' && input.campaignId !== undefined)
    throw donationErrors.invalid('campaignId', {
      zh: '捐款不能计入送温暖活动的物资',
      en: "Money does not go into a campaign's goods",
    });
  const checked = checkGift({ ...input, fund: !!input.fundId });
  if ('problem' in checked) {
    const { field, ...messages } = checked.problem;
    throw donationErrors.invalid(field, messages);
  }
  return checked.value;
}

/**
 * Records one donation in the caller's transaction: the row, its counts and the audit entry. The day received is
 * the day it happened (ADR 40): not in the future, not before the fund it goes to was set up, a past day needs
 * history.backdate; it counts on that day, and goods enter a campaign's stock on it.
 */
export async function recordDonation(sql: Sql, actor: Actor, input: CreateDonationInput, now: Date) {
  const goods = checkGoods(input);
  const donor = await findDonor(sql, input.donorId);
  if (!donor || !canReachDonor(actor, donor, 'donations.write'))
    throw donationErrors.donorNotFound('donorId');
  let orgId = input.orgId;
  let foundedOn: string | null = null;
  let fundName: string | null = null;
  if (input.fundId) {
    const fund = await findFund(sql, input.fundId);
    if (!fund) throw donationErrors.fundNotFound('fundId');
    foundedOn = fund.foundedOn;
    fundName = fund.name;
    if (orgId && orgId !== fund.orgId)
      throw donationErrors.invalid('orgId', {
        zh: `专项基金“${fund.name}”由${fund.orgName}管理，捐款只能捐给该工会`,
        en: `The fund “${fund.name}” is run by ${fund.orgName}; money for it goes to that union`,
      });
    orgId = fund.orgId;
  }
  if (!orgId)
    throw donationErrors.invalid('orgId', {
      zh: '请选择受赠工会或专项基金',
      en: 'Choose the receiving union or fund',
    });
  const union = await findOrgById(sql, orgId);
  if (!union) throw donationErrors.unionNotFound();
  requireAccess(actor, 'donations.write', { orgPath: union.path });
  effectiveDay(
    actor,
    input.receivedOn,
    { zh: '接收', en: 'receipt' },
    [{ day: foundedOn, name: { zh: '基金设立日期', en: "fund's founding date" } }],
    { field: 'receivedOn', now },
  );
  const campaignId = input.campaignId ? await campaignForGoods(sql, actor, union, input.campaignId) : null;
  const row: NewDonation = {
    orgId: union.id,
    donorId: donor.id,
    fundId: input.fundId ?? null,
    kind: input.kind,
    receivedOn: input.receivedOn,
    amountFen: input.amountFen,
    ...goods,
    campaignId,
    note: input.note?.trim() || null,
    createdBy: actor.userId || null,
  };
  const id = await insertDonation(sql, row);
  if (campaignId !== null && row.item && row.unit && row.quantity)
    await stockDonatedGoods(sql, {
      id,
      campaignId,
      item: row.item,
      unit: row.unit,
      quantity: row.quantity,
      valueFen: row.amountFen,
      receivedOn: row.receivedOn,
    });
  await addCounts(sql, donationCounts(row));
  // the log names the donor and the fund, as a reader of it knows them, rather than by their numbers
  const { createdBy: _by, donorId: _donor, fundId: _fund, ...rest } = row;
  const after = { donorName: donor.name, ...(fundName ? { fundName } : {}), ...rest };
  await recordAudit(sql, actor, {
    action: 'donation.create',
    entity: 'donation',
    entityId: id,
    orgId: union.id,
    after,
  });
  return id;
}

/** Registers a donor in the caller's transaction; DONOR_DUPLICATE when the union already has one of that name. */
export async function registerDonor(sql: Sql, actor: Actor, input: CreateDonorInput) {
  const union = await findOrgById(sql, input.orgId);
  if (!union) throw donationErrors.unionNotFound();
  requireAccess(actor, 'donations.write', { orgPath: union.path });
  const row = {
    orgId: union.id,
    kind: input.kind,
    name: typedName(input.name),
    contactName: input.contactName?.trim() || null,
    phone: input.phone?.trim() || null,
    address: input.address?.trim() || null,
    note: input.note?.trim() || null,
  };
  const id = await insertDonor(sql, { ...row, createdBy: actor.userId || null });
  if (!id) throw donationErrors.donorDuplicate(row.name);
  await recordAudit(sql, actor, {
    action: 'donor.create',
    entity: 'donor',
    entityId: id,
    orgId: union.id,
    after: { ...row, phone: maskPhone(row.phone) },
  });
  return id;
}

/** A correction of a donor's file (ADR 60): the fields sent replace those on file. */
export interface EditDonorInput {
  kind?: 'enterprise' | 'person';
  name?: string;
  contactName?: string | null;
  phone?: string | null;
  address?: string | null;
  note?: string | null;
}

/** Corrects a donor's name, kind and contact; each change (the phone masked) in its history and the audit log. */
async function editDonor(sql: Sql, actor: Actor, donor: DonorRow, input: EditDonorInput) {
  const text = (v: string | null | undefined, kept: string | null) =>
    v === undefined ? kept : v?.trim() || null;
  const next = {
    kind: input.kind ?? donor.kind,
    name: (input.name && typedName(input.name)) || donor.name,
    contactName: text(input.contactName, donor.contactName),
    phone: text(input.phone, donor.phone),
    address: text(input.address, donor.address),
    note: text(input.note, donor.note),
  };
  const changes = changedFields(
    {
      kind: donor.kind,
      name: donor.name,
      contactName: donor.contactName,
      phone: donor.phone,
      address: donor.address,
      note: donor.note,
    },
    next,
  ).map((c) =>
    c.field === 'phone'
      ? { ...c, from: maskPhone(c.from as string | null), to: maskPhone(c.to as string | null) }
      : c,
  );
  if (!changes.length) return;
  if (!(await updateDonor(sql, donor.id, next))) throw donationErrors.donorDuplicate(next.name);
  await recordEdit(sql, actor, {
    action: 'donor.edit',
    entity: 'donor',
    entityId: donor.id,
    orgId: donor.orgId,
    changes,
  });
}

export function createDonationsService(db: Db, clock: Clock) {
  async function scopeOf(actor: Actor, orgId?: number) {
    requireAccess(actor, 'donations.read');
    if (!orgId) return actor;
    const org = await findOrgById(db, orgId);
    if (!org) throw donationErrors.unionNotFound();
    requireAccess(actor, 'donations.read', { orgPath: org.path });
    return { path: org.path };
  }

  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      getDonationStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      exportDonationStats(db, actor, q, todayInChina(clock())),
    /** The donations register (捐赠台账) brought in: template, dry run, all rows or none (ADR 41). */
    register: createDonationImport(db, clock),

    async createDonor(actor: Actor, input: CreateDonorInput) {
      const id = await db.tx((sql) => registerDonor(sql, actor, input));
      return presentDonor((await findDonor(db, id)) as DonorRow);
    },

    /** Corrects a donor's file: name, kind and contact (ADR 60). */
    async editDonor(actor: Actor, id: number, input: EditDonorInput) {
      return db.tx(async (sql) => {
        const donor = await findDonor(sql, id);
        if (!donor || !canReachDonor(actor, donor, 'donations.read')) throw donationErrors.donorNotFound();
        requireAccess(actor, 'donations.write', { orgPath: donor.orgPath });
        await editDonor(sql, actor, donor, input);
        return presentDonor((await findDonor(sql, id)) as DonorRow, true);
      });
    },

    async listDonors(actor: Actor, q: { q?: string; page?: number; pageSize?: number }) {
      requireAccess(actor, 'donations.read');
      const page = await listDonors(db, {
        scope: actor,
        q: q.q?.trim() || undefined,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      });
      return { ...page, items: page.items.map((d) => presentDonor(d)) };
    },

    /** The donor's file with the full phone (audited), what they gave in the actor's subtree, and their funds. */
    async getDonor(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const donor = await findDonor(sql, id);
        if (!donor || !canReachDonor(actor, donor, 'donations.read')) throw donationErrors.donorNotFound();
        await recordAudit(sql, actor, {
          action: 'donor.read',
          entity: 'donor',
          entityId: id,
          orgId: donor.orgId,
        });
        const given = await listDonations(sql, { scope: actor, donorId: id, page: 1, pageSize: 200 });
        const funds = await listFunds(sql, { scope: { path: '/' }, donorId: id });
        return {
          donor: presentDonor(donor, true),
          donations: await presentDonations(sql, given.items),
          funds: await presentFunds(sql, funds),
          edits: await listEdits(sql, 'donor', id),
        };
      });
    },

    async createDonation(actor: Actor, input: CreateDonationInput) {
      const id = await db.tx((sql) => recordDonation(sql, actor, input, clock()));
      const [presented] = await presentDonations(db, [(await findDonation(db, id)) as DonationRow]);
      return presented;
    },

    async listDonations(
      actor: Actor,
      q: { orgId?: number; donorId?: number; fundId?: number; kind?: 'money' | 'goods'; year?: number } & {
        page?: number;
        pageSize?: number;
      },
    ) {
      const scope = await scopeOf(actor, q.orgId);
      const page = await listDonations(db, {
        scope,
        donorId: q.donorId,
        fundId: q.fundId,
        kind: q.kind,
        year: q.year,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      });
      return { ...page, items: await presentDonations(db, page.items) };
    },

    /** The donations as listed, as .xlsx (donations.export.ts); audited. */
    async exportDonations(actor: Actor, q: DonationFilters) {
      await scopeOf(actor, q.orgId);
      return exportDonations(db, actor, q, todayInChina(clock()), (paging) =>
        this.listDonations(actor, { ...q, ...paging }),
      );
    },

    /** The donation, for its acknowledgement; the print is audited. */
    async acknowledgeDonation(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const x = await findDonation(sql, id);
        if (!x) throw donationErrors.donationNotFound();
        requireAccess(actor, 'donations.read', { orgPath: x.orgPath });
        await recordAudit(sql, actor, {
          action: 'donation.acknowledge',
          entity: 'donation',
          entityId: id,
          orgId: x.orgId,
        });
        return x;
      });
    },
  };
}

export type DonationsService = ReturnType<typeof createDonationsService>;
