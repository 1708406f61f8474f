import { type Actor, canAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { formatYuan } from '../../shared/money.ts';
import { giveTurn } from '../../shared/pace.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { heldByKey, linesNotOnRecord, type OneRecordPerRow } from '../../shared/register-same.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { normaliseText, typedName } from '../../shared/text.ts';
import { resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { checkGift, donationCounts } from './donations.gift.ts';
import { DONATION_REGISTER, H, type DonationRegisterKey as Key } from './donations.register.ts';
import {
  type FundRow,
  insertDonations,
  insertDonors,
  listDonorNames,
  listFunds,
  listFundYears,
  listGiftsOf,
  type NewDonation,
} from './donations.repository.ts';

/** A gift of the register, its donor either on record (`donorId`) or to be registered (`newDonor`, a key). */
interface DonationPlan extends Omit<NewDonation, 'donorId' | 'createdBy' | 'campaignId'> {
  rowNo: number;
  donorId: number | null;
  newDonor: string | null;
}
interface NewDonorPlan {
  key: string;
  orgId: number;
  kind: 'enterprise' | 'person';
  name: string;
}
interface Plan {
  donations: Omit<DonationPlan, 'rowNo'>[];
  newDonors: Map<string, NewDonorPlan>;
  /** Rows giving a gift on record as it stands (a ledger sent again): skipped. */
  onRecord: number;
}

/**
 * The donations register (捐赠台账) brought in (issue 23): one row per gift — money, or goods with their value —
 * from a caring unit (爱心单位, found by name or registered) to a union or one of its special funds, on its day.
 * Each counts in the donation statistics on that day (`donations.received`, `funds.income`) as one recorded today
 * does. Past goods are history: they do not enter a 送温暖 campaign's stock, which holds what is still to be
 * handed out; no acknowledgement is printed (any imported donation's can be, from its record). All rows or none.
 */
export function createDonationImport(db: Db, clock: Clock) {
  return defineRegister(db, clock, {
    spec: DONATION_REGISTER,
    permission: 'donations.write',
    plan: (rows, errors, { actor }) => planDonations(db, actor, rows, errors),
    counts: (plan) => ({
      created: plan.donations.length,
      onRecord: plan.onRecord,
      money: plan.donations.filter((d) => d.kind === 'money').length,
      goods: plan.donations.filter((d) => d.kind === 'goods').length,
      newDonors: plan.newDonors.size,
    }),
    unionsOf: (plan) => plan.donations.map((d) => d.orgId),
    dryRunExtras: {},
    write: async (sql, plan, _counts, { actor }) => {
      const createdBy = actor.userId || null;
      const added = await insertDonors(
        sql,
        [...plan.newDonors.values()].map((d) => ({ ...d, createdBy })),
      );
      const registered = (key: string) => {
        const d = plan.newDonors.get(key) as NewDonorPlan;
        return added.get(`${d.orgId}|${d.name}`) as number;
      };
      const rows: NewDonation[] = plan.donations.map(({ newDonor, donorId, ...d }) => ({
        ...d,
        donorId: donorId ?? registered(newDonor as string),
        campaignId: null,
        createdBy,
      }));
      await insertDonations(sql, rows);
      await addCounts(sql, rows.flatMap(donationCounts));
      return {};
    },
    audit: { action: 'donation.import', entity: 'donation' },
  });
}

const text = (v: CellValue) => cellText(v)?.trim() || null;

function byName<T extends { name: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const key = normaliseText(r.name);
    out.set(key, [...(out.get(key) ?? []), r]);
  }
  return out;
}

type Fail = (column: string, zh: string, en: string) => void;

/** What the rows are checked against, read once: the unions they name, the funds and donors of the subtree. */
async function lookups(sql: Sql, actor: Actor, rows: RegisterRow<Key>[]) {
  const unionTexts = [...new Set(rows.flatMap((r) => (readOk(r, 'union') && text(r.values.union)) || []))];
  const reported = new Map<number, Set<number>>();
  return {
    actor,
    unions: await resolveUnionTexts(sql, actor, unionTexts),
    funds: byName(await listFunds(sql, { scope: actor })),
    donors: byName(await listDonorNames(sql, actor)),
    /** The years a fund's income was entered from its yearly report (fund_years). */
    async reportedYears(fundId: number) {
      let years = reported.get(fundId);
      if (!years) {
        years = new Set((await listFundYears(sql, fundId)).map((y) => y.year));
        reported.set(fundId, years);
      }
      return years;
    },
  };
}
type Lookups = Awaited<ReturnType<typeof lookups>>;

/**
 * The gifts of the rows: the receiving union (named, or the fund's), the fund, the gift checked as one entered on
 * the form is, and the donor found or to be registered. Problems go to `errors`, every one a row has that does not
 * follow from another: the gift is checked whatever its recipient's problem, a check over a cell that did not parse
 * is skipped, and a row with a problem or such a cell plans nothing.
 */
async function planDonations(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
): Promise<Plan> {
  const known = await lookups(sql, actor, rows);
  const planned: DonationPlan[] = [];
  const newDonors = new Map<string, NewDonorPlan>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    let bad = !!row.unread;
    const fail: Fail = (column, zh, en) => {
      bad = true;
      errors.push(rowError(rowNo, column, zh, en));
    };
    const to = recipientOf(row, known, fail);
    // the kind of gift cannot be told, nor a money gift judged, when one of its cells did not parse
    const gift = readOk(row, 'kind', 'amount', 'item', 'quantity', 'unit')
      ? giftOf(v, to?.fund, fail)
      : undefined;
    const receivedOn = readOk(row, 'receivedOn') ? String(v.receivedOn) : undefined;
    if (to?.fund && receivedOn !== undefined) await fundTakes(to.fund, receivedOn, known, fail);
    if (bad || !to || !gift || receivedOn === undefined) continue;
    const donor = donorOf(v, to.union, known);
    if (donor.newDonor && !newDonors.has(donor.newDonor.key))
      newDonors.set(donor.newDonor.key, donor.newDonor);
    planned.push({
      rowNo,
      orgId: to.union.id,
      donorId: donor.id,
      newDonor: donor.newDonor?.key ?? null,
      fundId: to.fund?.id ?? null,
      receivedOn,
      ...gift,
      note: text(v.note),
    });
  }
  const { donations, onRecord } = await notOnRecord(sql, planned, errors);
  return { donations, newDonors, onRecord };
}

/**
 * The receiving union (in the importer's subtree) and the fund, named or found from each other; undefined, its
 * problem told, when they are not found, or when the union or the fund did not parse (told already).
 */
function recipientOf(
  row: RegisterRow<Key>,
  known: Lookups,
  fail: Fail,
): { union: { id: number; path: string }; fund: FundRow | undefined } | undefined {
  const v = row.values;
  if (!readOk(row, 'union')) return undefined;
  const unionText = text(v.union);
  let union: { id: number; path: string } | undefined;
  if (unionText) {
    const found = unionOfRow(known.unions.get(unionText), unionText, (orgPath) =>
      canAccess(known.actor, 'donations.write', { orgPath }),
    );
    if (found.problem) {
      fail(H.union, found.problem.zh, found.problem.en);
      return undefined;
    }
    union = found.union;
  }
  // a fund that did not parse is not looked for (nor the union its fund would give)
  if (!readOk(row, 'fund')) return undefined;
  const fundText = text(v.fund);
  if (!fundText) {
    if (!union) fail(H.union, '请填写受赠工会或专项基金', 'Give the receiving union or the fund');
    return union && { union, fund: undefined };
  }
  const named = known.funds.get(normaliseText(fundText)) ?? [];
  const fund = union ? named.find((f) => f.orgId === union.id) : named.length === 1 ? named[0] : undefined;
  if (fund) return { union: { id: fund.orgId, path: fund.orgPath }, fund };
  const runBy = named.map((f) => f.orgName);
  if (!named.length)
    fail(H.fund, `本工会范围内没有专项基金「${fundText}」`, `No fund "${fundText}" in your subtree`);
  else if (union)
    fail(
      H.fund,
      `专项基金「${fundText}」由${runBy.join('、')}管理，捐款只能捐给该工会`,
      `The fund "${fundText}" is run by ${runBy.join(', ')}; money for it goes to that union`,
    );
  else
    fail(
      H.fund,
      `有多个名为「${fundText}」的专项基金，请填写受赠工会`,
      `Several funds are called "${fundText}"; give the receiving union`,
    );
  return undefined;
}

/** The gift: money, or goods when the kind says so or (kind left blank) an item is named; checked by checkGift. */
function giftOf(v: Record<Key, CellValue>, fund: FundRow | undefined, fail: Fail) {
  const item = text(v.item);
  const kind = (v.kind as 'money' | 'goods' | null) ?? (item ? 'goods' : 'money');
  const amountFen = (v.amount as number | null) ?? 0;
  const checked = checkGift({
    kind,
    amountFen,
    item: item ?? undefined,
    quantity: (v.quantity as number | null) ?? undefined,
    unit: text(v.unit) ?? undefined,
    fund: !!fund,
  });
  if ('problem' in checked) {
    const { field, zh, en } = checked.problem;
    const column = { amountFen: H.amount, item: H.item, quantity: H.quantity, unit: H.unit, fundId: H.fund };
    fail(column[field], zh, en);
    return undefined;
  }
  return { kind, amountFen, ...checked.value };
}

/**
 * A fund takes a gift on a day from its founding on, and not in a year whose income was entered from its yearly
 * report (the gift would count twice).
 */
async function fundTakes(fund: FundRow, receivedOn: string, known: Lookups, fail: Fail) {
  if (receivedOn < fund.foundedOn) {
    fail(
      H.receivedOn,
      `捐赠日期 ${receivedOn} 早于专项基金「${fund.name}」的设立日期 ${fund.foundedOn}`,
      `Received on ${receivedOn}, before the fund "${fund.name}" was set up on ${fund.foundedOn}`,
    );
    return false;
  }
  const year = Number(receivedOn.slice(0, 4));
  if ((await known.reportedYears(fund.id)).has(year)) {
    fail(
      H.fund,
      `专项基金「${fund.name}」${year}年的收入已按年报录入，该年的捐款不再逐笔导入`,
      `The fund "${fund.name}"'s income for ${year} is entered from its yearly report; its gifts of that year are not imported again`,
    );
    return false;
  }
  return true;
}

/**
 * The donor of that name kept nearest the receiving union (by it, or by a union above it within the importer's
 * subtree); otherwise one to register, kept by the importer's union (the receiving union for a platform-wide
 * importer), once per name.
 */
function donorOf(v: Record<Key, CellValue>, union: { id: number; path: string }, known: Lookups) {
  const name = typedName(String(v.donor));
  const found = (known.donors.get(normaliseText(name)) ?? [])
    .filter((d) => union.path.startsWith(d.orgPath))
    .sort((a, b) => b.orgPath.length - a.orgPath.length)[0];
  if (found) return { id: found.id, newDonor: null };
  const keeper = known.actor.orgId ?? union.id;
  return {
    id: null,
    newDonor: {
      key: `${keeper}|${normaliseText(name)}`,
      orgId: keeper,
      kind: (v.donorKind as 'enterprise' | 'person' | null) ?? 'enterprise',
      name,
    },
  };
}

const giftKey = (g: {
  donorId: number | null;
  orgId: number;
  fundId: number | null;
  receivedOn: string;
  kind: string;
  amountFen: number;
  item: string | null;
}) =>
  `${g.donorId}|${g.orgId}|${g.fundId}|${g.receivedOn}|${g.kind}|${g.amountFen}|${normaliseText(g.item ?? '')}`;

/**
 * A gift is one by its donor, union, fund, day, kind, amount and item (ADR 150): one on record as the row gives it
 * (its quantity, unit and note too) is skipped, as in a ledger sent again whole; one whose quantity, unit or note
 * differ is refused per column, never written over. Two like gifts in one file are two gifts, as before (a donor may
 * give the same twice on a day), each read against a gift of its own on record: with one on record, the other is
 * written, never skipped as on record too.
 */
const SAME_GIFT: OneRecordPerRow<DonationPlan> = {
  keyOf: giftKey,
  fields: [
    { key: 'quantity', column: H.quantity },
    { key: 'unit', column: H.unit },
    { key: 'note', column: '备注' },
  ],
  record: (g) => ({
    zh: `该笔捐赠（${g.receivedOn}，${formatYuan(g.amountFen)}元）已登记`,
    en: `The gift of ${formatYuan(g.amountFen)} yuan on ${g.receivedOn} is on record`,
  }),
};

/** The gifts not on record, and how many rows give one on record as it stands; a differing one is a row error. */
async function notOnRecord(sql: Sql, gifts: DonationPlan[], errors: RegisterRowError[]) {
  const donorIds = [...new Set(gifts.flatMap((g) => (g.donorId === null ? [] : [g.donorId])))];
  const held = heldByKey(await listGiftsOf(sql, donorIds), giftKey);
  const { lines, onRecord } = linesNotOnRecord(gifts, held, SAME_GIFT, errors);
  return { donations: lines, onRecord };
}
