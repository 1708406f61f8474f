import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { giveTurn } from '../../shared/pace.ts';
import type { RegisterFileInput } from '../../shared/register-files.ts';
import { runRegisterImportInBatches } from '../../shared/register-sheet.batches.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  registerTemplate,
  rowError,
} from '../../shared/register-sheet.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById, resolveRowUnions, unionOfRow } from '../org/index.ts';
import { idNumberRefusal, parseIdNumber } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { deadlineCalculator, type deadlinesOf } from './cases.calendar.ts';
import { CASE_REGISTER_TITLE, caseRegister, type CaseRegisterKey as Key } from './cases.import.columns.ts';
import { insertTimelines } from './cases.import.repository.ts';
import { type CaseImportRow, casesOnRecord } from './cases.import.same.ts';
import { overduePeriod } from './cases.overdue.ts';
import {
  type ImportedCase,
  insertImportedCases,
  memberUnionsOf,
  personIdsByHash,
} from './cases.repository.ts';
import { type Category, SUBJECTS } from './cases.types.ts';
import type { Channel } from './cases.vocabulary.ts';

export interface CaseImportResult {
  dryRun: boolean;
  total: number;
  created: number;
  /** Rows giving a request on record as it stands (a register sent again): skipped. */
  onRecord: number;
  answered: number;
  closed: number;
  open: number;
  errors: RegisterRowError[];
  ignoredRows: number[];
}

export function createCaseImport(
  db: Db,
  ownerOf: (personId: number) => string,
  /** An ID number's look-up hashes under every live key, the current first (ADR 79). */
  lookups: (id: string) => string[],
  clock: Clock,
) {
  const today = () => todayInChina(clock());
  return {
    title: CASE_REGISTER_TITLE,
    async template(actor: Actor) {
      requireAccess(actor, 'cases.handle');
      return registerTemplate(await caseRegister(db));
    },

    /**
     * Reads and checks a register; writes it unless `dryRun` or any row is wrong (then nothing is written): batch
     * by batch in one transaction, the database writing a batch while the next is read.
     */
    async importFile(actor: Actor, input: RegisterFileInput) {
      requireAccess(actor, 'cases.handle');
      const day = today();
      const home = actor.orgId ? await findOrgById(db, actor.orgId) : undefined;
      const onRecord = casesOnRecord();
      return runRegisterImportInBatches(db, await caseRegister(db), input, day, {
        actor,
        plan: async (sql, rows, errors) =>
          onRecord(
            sql,
            await resolveRows(sql, actor, home?.id ?? null, rows, errors, ownerOf, lookups, day),
            errors,
          ),
        counts: ({ rows, onRecord }) => ({
          created: rows.length,
          onRecord,
          answered: rows.filter((r) => r.answeredOn && !r.closedOn).length,
          closed: rows.filter((r) => r.closedOn).length,
          open: rows.filter((r) => !r.answeredOn && !r.closedOn).length,
        }),
        zero: { created: 0, onRecord: 0, answered: 0, closed: 0, open: 0 },
        unionsOf: ({ rows }) => rows.map((r) => r.orgId),
        dryRunExtras: {},
        write: async (sql, { rows }) => {
          // The calendar read once for the batch's days; the deadlines computed in memory.
          let first = rows[0]?.receivedOn ?? day;
          let last = first;
          for (const r of rows) {
            if (r.receivedOn < first) first = r.receivedOn;
            if (r.receivedOn > last) last = r.receivedOn;
          }
          const deadlineOf = await deadlineCalculator(sql, first, last);
          // a register's rows share a few thousand (category, day, time): each worked out once
          const known = new Map<string, Deadlines>();
          const deadlinesFor = (r: CaseImportRow) => {
            const key = `${r.category}|${r.receivedOn}|${r.receivedTime ?? ''}`;
            let d = known.get(key);
            if (!d) {
              d = deadlineOf(r.category, r.receivedOn, r.receivedTime) ?? undefined;
              if (!d) throw new Error(`category ${r.category} missing`);
              known.set(key, d);
            }
            return d;
          };
          await writeCases(sql, actor, rows, deadlinesFor, day);
        },
        finish: async (sql, counts) => {
          await recordAudit(sql, actor, {
            action: 'case.import',
            entity: 'case',
            orgId: actor.orgId,
            after: { fileName: input.fileName, rows: counts.created, ...counts },
          });
          return {};
        },
      });
    },
  };
}

/**
 * Each row's union and worker, and the order of its days; problems go to `errors`, every one of a row, a check over
 * a cell that did not parse skipped (a union or ID number that did not parse not looked for); such a row plans
 * nothing.
 */
async function resolveRows(
  db: Sql,
  actor: Actor,
  homeId: number | null,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  ownerOf: (personId: number) => string,
  lookups: (id: string) => string[],
  today: string,
): Promise<CaseImportRow[]> {
  const unions = await resolveRowUnions(db, actor, rows, 'union');
  const hashes = new Map<number, string>();
  const wanted = collectLookups(lookups);
  for (const r of rows) {
    await giveTurn();
    const raw = readOk(r, 'idNumber') ? cellText(r.values.idNumber) : null;
    const parsed = raw ? parseIdNumber(raw, today) : null;
    if (parsed?.ok) hashes.set(r.rowNo, wanted.add(parsed.value.number));
  }
  const persons = await personIdsByHash(db, wanted.all());
  const unionOfWorker = await memberUnionsOf(db, [...new Set([...persons.values()].map((p) => p.id))]);
  const out: CaseImportRow[] = [];
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const bad = (column: string, zh: string, en: string) => errors.push(rowError(rowNo, column, zh, en));
    const before = errors.length;
    // a cell that did not parse is not looked for nor compared (its problem told already)
    const text = (k: Key) => (readOk(row, k) ? cellText(v[k]) : null);
    const anonymous = v.anonymous === true;
    const channel = v.channel as Channel;
    let personId: number | null = null;
    const idText = text('idNumber');
    if (idText && anonymous)
      bad('职工身份证号', '匿名诉求不登记职工身份证号', 'An anonymous request names no worker');
    else if (idText) {
      const parsed = parseIdNumber(idText, today);
      const found = hashes.has(rowNo) ? persons.get(hashes.get(rowNo) as string) : undefined;
      if (!parsed.ok) {
        const { zh, en } = idNumberRefusal(idText, today);
        bad('职工身份证号', zh, en);
      } else if (!found || !canAccess(actor, 'cases.handle', { orgPath: found.orgPath ?? '' })) {
        bad('职工身份证号', '未找到本工会范围内的该会员', 'No member of your unions has this ID number');
      } else personId = found.id;
    }
    let orgId: number | null = null;
    const unionText = text('union');
    if (!readOk(row, 'union')) orgId = null;
    else if (unionText) {
      // The subtree read found it: the importer handles requests there.
      const found = unionOfRow(unions.get(unionText), unionText, () => true);
      if (found.problem) bad('所在工会', found.problem.zh, found.problem.en);
      else orgId = found.union.id;
    } else if (personId) orgId = unionOfWorker.get(Number(personId)) ?? null;
    else orgId = homeId;
    if (!orgId && !unionText && readOk(row, 'union'))
      bad('所在工会', '请填写所在工会', 'The union is required');
    // The days in their order.
    const days: [string, string, string | null][] = [
      ['收到日期', 'the day received', text('receivedOn')],
      ['受理日期', 'the day accepted', text('acceptedOn')],
      ['答复日期', 'the day answered', text('answeredOn')],
      ['办结日期', 'the day closed', text('closedOn')],
    ];
    let last: [string, string, string] | null = null;
    for (const [name, nameEn, day] of days) {
      if (!day) continue;
      if (last && day < last[2])
        bad(
          name,
          `${name} ${day} 早于${last[0]} ${last[2]}`,
          `${nameEn[0].toUpperCase()}${nameEn.slice(1)} (${day}) is before ${last[1]} (${last[2]})`,
        );
      last = [name, nameEn, day];
    }
    if (text('answeredOn') && !cellText(v.answer) && readOk(row, 'answer'))
      bad('答复内容', '填写了答复日期，请填写答复内容', 'An answer date needs the answer');
    if (text('answer') && !v.answeredOn && readOk(row, 'answeredOn'))
      bad('答复日期', '填写了答复内容，请填写答复日期', 'An answer needs its date');
    if (errors.length > before || !orgId || row.unread) continue;
    out.push({
      rowNo,
      orgId,
      personId,
      ownerHash: personId ? ownerOf(personId) : null,
      channel,
      category: v.category as Category,
      description: String(v.description),
      anonymous,
      receivedOn: String(v.receivedOn),
      receivedTime: cellText(v.receivedTime),
      acceptedOn: cellText(v.acceptedOn),
      answeredOn: cellText(v.answeredOn),
      answer: cellText(v.answer),
      closedOn: cellText(v.closedOn),
    });
  }
  return out;
}

/** The moment of a past day (and time, when told) in China. */
const momentOf = (day: string, time?: string | null) =>
  (time
    ? new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+08:00`)
    : chinaDayStart(day)
  ).toISOString();

/** momentOf remembered: a register's rows share a few thousand days (and times). */
function momentsOf() {
  const known = new Map<string, string>();
  return (day: string, time?: string | null) => {
    const key = time ? `${day} ${time}` : day;
    let at = known.get(key);
    if (at === undefined) {
      at = momentOf(day, time);
      known.set(key, at);
    }
    return at;
  };
}

type Deadlines = NonNullable<Awaited<ReturnType<typeof deadlinesOf>>>;

/**
 * The requests and their steps, dated as the register says, in the import's transaction and in three statements
 * (the requests, their timelines, the counts); nobody is told.
 */
async function writeCases(
  sql: Sql,
  actor: Actor,
  rows: CaseImportRow[],
  deadlinesFor: (r: CaseImportRow) => Deadlines,
  today: string,
): Promise<void> {
  const by = actor.userId || null;
  const momentOf = momentsOf();
  const cases: ImportedCase[] = [];
  const deltas: CountDelta[] = [];
  for (const r of rows) {
    const d = deadlinesFor(r);
    const acceptedOn = r.acceptedOn ?? r.answeredOn;
    const onTime = r.answeredOn
      ? r.answeredOn <= d.answerDue && (acceptedOn ?? r.answeredOn) <= d.ackDue
      : null;
    // Overdue on the days the recorded steps say, as the statistics "as of" a day read them (issue 42).
    const overdue = overduePeriod({ ...d, acceptedOn, answeredOn: r.answeredOn, closedOn: r.closedOn });
    const overdueSince = overdue && overdue.from <= today ? overdue : null;
    cases.push({
      orgId: r.orgId,
      channel: r.channel,
      category: r.category,
      description: r.description,
      anonymous: r.anonymous,
      personId: r.anonymous ? null : r.personId,
      ownerHash: r.ownerHash,
      status: r.closedOn ? 'closed' : r.answeredOn ? 'answered' : acceptedOn ? 'accepted' : 'submitted',
      filedOn: r.receivedOn,
      filedAt: momentOf(r.receivedOn, r.receivedTime),
      ackDue: d.ackDue,
      answerDue: d.answerDue,
      acceptedOn,
      answeredOn: r.answeredOn,
      closedOn: r.closedOn,
      onTime,
      enteredBy: by,
      dueSetOn: today,
      receivedTime: r.receivedTime,
      countedFrom: d.countedFrom,
      overdueOn: overdueSince && !overdueSince.until ? overdueSince.from : null,
    });
    if (overdueSince) {
      deltas.push({ subject: SUBJECTS.overdue, orgId: r.orgId, on: overdueSince.from, n: 1 });
      if (overdueSince.until)
        deltas.push({ subject: SUBJECTS.overdue, orgId: r.orgId, on: overdueSince.until, n: -1 });
    }
    deltas.push(
      { subject: SUBJECTS.filed, orgId: r.orgId, on: r.receivedOn, dim: r.channel, dim2: r.category, n: 1 },
      { subject: SUBJECTS.open, orgId: r.orgId, on: r.receivedOn, n: 1 },
    );
    if (r.answeredOn) {
      deltas.push({
        subject: SUBJECTS.answered,
        orgId: r.orgId,
        on: r.answeredOn,
        dim: onTime ? 'on_time' : 'late',
        n: 1,
      });
    }
    if (r.closedOn) deltas.push({ subject: SUBJECTS.open, orgId: r.orgId, on: r.closedOn, n: -1 });
  }
  const ids = await insertImportedCases(sql, cases);
  await insertTimelines(sql, cases, ids, (i) => rows[i].answer, momentOf, by);
  await addCounts(sql, deltas);
}
