import { type Actor, can, canAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { collectLookups } from '../../../shared/lookups.ts';
import { formatYuan } from '../../../shared/money.ts';
import { federationOfPath } from '../../../shared/org-path.ts';
import { giveTurn } from '../../../shared/pace.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../../shared/register-sheet.ts';
import { settled } from '../../../shared/settled.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../../shared/sheet-place.ts';
import { nameKey, quotedName } from '../../../shared/text.ts';
import {
  findPersonsByHash,
  type IdProtector,
  idNumberRefusal,
  maskIdNumber,
  parseIdNumber,
} from '../../people/index.ts';
import {
  findRecordedPayments,
  listProgramsNamed,
  type NamedProgram,
  type PastPayment,
  pastDedupeKey,
} from './past-payments.repository.ts';

export type PastKey = 'idNumber' | 'name' | 'program' | 'amount' | 'approvedOn' | 'paidOn' | 'note';

export interface RowPayment extends PastPayment {
  rowNo: number;
}

type Person = { id: number; name: string; orgId: number; orgPath: string };

/** The union at the end of a path ('/1/5/23/' → 23). */
const orgIdOfPath = (path: string) => Number(path.split('/').filter(Boolean).at(-1));

/**
 * Each row's person, program and payment checked; problems go to `errors`, each naming its row and column, an ID
 * number only masked. What is checked is what the register says happened — a member of the importer's unions, a
 * program that reaches them, an amount above zero, paid not before approved, no day after today, the same payment
 * not twice — never the program's present period, amount or rule. A row's every problem that does not follow from
 * another is told (its amount and days whatever its person's; its name and program once its person is found), a
 * check over a cell that did not parse skipped, and such a row plans nothing. A payment on record already is skipped
 * and counted (`onRecord`) when the row gives it as it stands, refused when its note differs (skipRecorded).
 */
export async function planPastPayments(
  db: Db,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<PastKey>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ payments: RowPayment[]; onRecord: number }> {
  const programs = await listProgramsNamed(db, [
    ...new Set(rows.flatMap((r) => (readOk(r, 'program') ? [String(r.values.program).trim()] : []))),
  ]);
  // Every person the rows name, in one read; each ID number parsed and hashed once (the current key's hash), however
  // many rows name it (a person paid in several years).
  const wanted = collectLookups(ids.lookups);
  const idOf = new Map<string, { number: string; hash: string } | null>();
  const hashes = rows.map((row) => {
    // an ID number that did not parse is not looked for
    if (!readOk(row, 'idNumber')) return undefined;
    const text = String(row.values.idNumber);
    let id = idOf.get(text);
    if (id === undefined) {
      const parsed = parseIdNumber(text, today);
      id = parsed.ok ? { number: parsed.value.number, hash: wanted.add(parsed.value.number) } : null;
      idOf.set(text, id);
    }
    return id;
  });
  const found = await findPersonsByHash(db, wanted.all());
  const people = new Map<string, (Person & { name: string; writable: boolean; normalName: string }) | null>();
  const personOf = (hash: string) => {
    let person = people.get(hash);
    if (person === undefined) {
      const p = found.get(hash);
      person = p?.orgPath
        ? {
            id: Number(p.id),
            name: p.name,
            orgId: orgIdOfPath(p.orgPath),
            orgPath: p.orgPath,
            writable: canAccess(actor, 'ledger.write', { orgPath: p.orgPath }),
            normalName: nameKey(p.name),
          }
        : null;
      people.set(hash, person);
    }
    return person;
  };
  const programOf = new Map<string, NamedProgram | undefined>();
  const backdate = can(actor, 'history.backdate');
  const seen = new Map<string, RowPlace>();
  const out: RowPayment[] = [];
  const lookups: Promise<Map<string, { note: string | null }>>[] = [];
  let asked = 0;
  for (const [i, row] of rows.entries()) {
    if (i % 256 === 0) await giveTurn();
    const { rowNo, values: v } = row;
    const before = errors.length;
    const id = hashes[i];
    if (id === null) {
      const { zh, en } = idNumberRefusal(String(v.idNumber), today);
      errors.push(rowError(rowNo, '身份证号', zh, en));
    }
    const found = id ? personOf(id.hash) : undefined;
    const person = found?.writable ? found : undefined;
    if (id && !person) {
      const masked = maskIdNumber(id.number);
      errors.push(
        rowError(
          rowNo,
          '身份证号',
          `未找到本工会范围内身份证号为 ${masked} 的会员（须先导入会员）`,
          `No member of your unions has the ID number ${masked} (bring the members in first)`,
        ),
      );
    }
    // the person's name and program need the person; the amount and the days are checked whatever its problem
    const name = String(v.name);
    if (id && person && readOk(row, 'name') && name !== person.name && person.normalName !== nameKey(name)) {
      const masked = maskIdNumber(id.number);
      errors.push(
        rowError(
          rowNo,
          '姓名',
          `姓名「${name}」与身份证号 ${masked} 登记的姓名不一致`,
          `The name "${name}" is not the name recorded for ID number ${masked}`,
        ),
      );
    }
    let program: NamedProgram | undefined;
    if (person && readOk(row, 'program')) {
      const programName = String(v.program).trim();
      const programKey = `${programName}\u0000${person.orgPath}`;
      if (!programOf.has(programKey))
        programOf.set(programKey, programFor(actor, programs, programName, person));
      program = programOf.get(programKey);
      if (!program) {
        errors.push(
          rowError(
            rowNo,
            '项目',
            `没有面向${person.name}所在工会的个人项目${quotedName(programName)}（须为平台上已发布或已结束的项目）`,
            `No program for persons named "${programName}" reaches ${person.name}'s union (it must be published or closed)`,
          ),
        );
      }
    }
    const paid = paidOf(row, errors, backdate, today);
    if (!person || !program || !paid || row.unread || errors.length !== before) continue;
    const { amountFen, approvedOn, paidOn } = paid;
    const payment: RowPayment = {
      rowNo,
      program,
      personId: person.id,
      orgId: person.orgId,
      federationId: federationOfPath(person.orgPath),
      amountFen,
      approvedOn,
      paidOn,
      note: cellText(v.note)?.trim() || null,
      dedupeKey: pastDedupeKey({ personId: person.id, approvedOn, paidOn, amountFen }),
    };
    const key = `${program.id}|${payment.dedupeKey}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(
        rowError(
          rowNo,
          '发放日期',
          `与${rowZh(earlier)}是同一笔（${person.name}，¥${formatYuan(amountFen)}，${paidOn}发放），请合并为一行`,
          `The same payment as ${rowEn(earlier)} (${person.name}, ¥${formatYuan(amountFen)} paid on ${paidOn}); merge them into one row`,
        ),
      );
      continue;
    }
    seen.set(key, placeOfRow(row));
    out.push(payment);
    if (out.length - asked >= LOOKUP_BATCH) {
      lookups.push(settled(findRecordedPayments(db, ...columnsFrom(out, asked))));
      asked = out.length;
    }
  }
  lookups.push(settled(findRecordedPayments(db, ...columnsFrom(out, asked))));
  return skipRecorded(lookups, out, errors);
}

/**
 * A row's amount and days checked, each on its own (a check over a cell that did not parse skipped): an amount
 * above zero, paid not before approved, a past approval only for a role that may backdate. Undefined when one is
 * wrong or did not parse.
 */
function paidOf(row: RegisterRow<PastKey>, errors: RegisterRowError[], backdate: boolean, today: string) {
  const { rowNo, values: v } = row;
  let ok = readOk(row, 'amount', 'approvedOn', 'paidOn');
  const amountFen = Number(v.amount);
  if (readOk(row, 'amount') && (!Number.isSafeInteger(amountFen) || amountFen <= 0)) {
    errors.push(rowError(rowNo, '实发金额（元）', '实发金额须大于0', 'The amount paid must be above zero'));
    ok = false;
  }
  const approvedOn = String(v.approvedOn);
  const paidOn = String(v.paidOn);
  if (readOk(row, 'approvedOn', 'paidOn') && paidOn < approvedOn) {
    errors.push(
      rowError(
        rowNo,
        '发放日期',
        `发放日期 ${paidOn} 早于批准日期 ${approvedOn}`,
        `Paid on ${paidOn}, before it was approved on ${approvedOn}`,
      ),
    );
    ok = false;
  }
  if (readOk(row, 'approvedOn') && approvedOn < today && !backdate) {
    errors.push(
      rowError(rowNo, '批准日期', '您的角色不能补录历史日期', 'Your role cannot record a past date'),
    );
    ok = false;
  }
  return ok ? { amountFen, approvedOn, paidOn } : undefined;
}

/**
 * Payments looked up on record in batches of this many while the rows after them are checked (on PostgreSQL on
 * another connection, so the reads run beside node's checks): the same pairs in all, read in a few statements.
 */
const LOOKUP_BATCH = 4096;

/** The (program, dedupe key) columns of the payments from `from` on. */
const columnsFrom = (out: RowPayment[], from: number): [number[], string[]] => {
  const rest = out.slice(from);
  return [rest.map((p) => p.program.id), rest.map((p) => p.dedupeKey)];
};

/**
 * The program of that name reaching the person's union (owned by it or a union above it) and within the actor's
 * reach; the nearest owner first. Which program it was is what the register says; whether it paid then is not asked.
 */
function programFor(actor: Actor, programs: NamedProgram[], name: string, person: Person) {
  return programs.find(
    (g) =>
      g.name.trim() === name &&
      person.orgPath.startsWith(g.ownerOrgPath) &&
      canAccess(actor, 'programs.read', { offeredBy: g.ownerOrgPath }),
  );
}

/**
 * Payments already on record (a register sent again whole) are skipped and counted (`onRecord`) when the row gives
 * the note they were recorded with; one with another note is refused (nothing on record is overwritten). A payment
 * is its person, program, days and amount (its dedupe key): a row differing in any of those is another payment.
 */
async function skipRecorded(
  lookups: Promise<Map<string, { note: string | null }>>[],
  out: RowPayment[],
  errors: RegisterRowError[],
) {
  const recorded = new Map<string, { note: string | null }>();
  for (const found of lookups) for (const [key, kept] of await found) recorded.set(key, kept);
  if (!recorded.size) return { payments: out, onRecord: 0 };
  let onRecord = 0;
  const payments = out.filter((p) => {
    const kept = recorded.get(`${p.program.id}|${p.dedupeKey}`);
    if (!kept) return true;
    if ((kept.note ?? null) === p.note) onRecord++;
    else {
      const [was, now] = [kept.note ?? '（空）', p.note ?? '（空）'];
      errors.push(
        rowError(
          p.rowNo,
          '备注',
          `这笔款项（¥${formatYuan(p.amountFen)}，${p.paidOn}发放）已经登记过，备注平台上是“${was}”，本表是“${now}”`,
          `This payment (¥${formatYuan(p.amountFen)} paid on ${p.paidOn}) is on record with the note “${kept.note ?? '(empty)'}”; this sheet gives “${p.note ?? '(empty)'}”`,
        ),
      );
    }
    return false;
  });
  return { payments, onRecord };
}
