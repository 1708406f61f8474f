import { type Actor, canAccess } from '../../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { formatYuan } from '../../shared/money.ts';
import { giveTurn } from '../../shared/pace.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { type RegisterRow, type RegisterRowError, readOk, rowError } from '../../shared/register-sheet.ts';
import { rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { findOrgsByIds, type OrgRow, resolveRowUnions, unionFound, unionOfRow } from '../org/index.ts';
import {
  checkDays,
  daysOf,
  enterpriseOf,
  type Listed,
  measuresOf,
  textOf,
} from './agreements.import.rows.ts';
import { agreementKey, type GivenAgreement, sameAsHeld } from './agreements.import.same.ts';
import { MEASURE_LABELS } from './agreements.measures.ts';
import {
  AGREEMENT_REGISTER,
  ENTERPRISE,
  type AgreementRegisterKey as Key,
  UNION,
} from './agreements.register.ts';
import { findAgreementsHeld } from './agreements.repository.ts';
import { ownEnterprise, type Signing, signAgreements } from './agreements.sign.ts';
import type { AgreementKind, AgreementLevel } from './agreements.vocabulary.ts';

/**
 * The collective agreements register (集体合同台账) brought in with the enterprises each covered (issue 23): one
 * row per agreement and covered enterprise; the rows of one agreement (same signing union, kind, title and
 * signing day) make one agreement. Each agreement is written through the same code as one entered today
 * (`signAgreements`): signed on its signing day, in force from its start to the day after its end, and its
 * enterprises' coverage as dated steps (ADR 20), each enterprise counted at its own union when one holds its credit
 * code anywhere in the tree. So the agreement statistics of any past year or day show them. All rows or none.
 */
interface AgreementPlan extends Omit<GivenAgreement, 'union' | 'enterprises'> {
  union: OrgRow;
  kind: AgreementKind;
  enterprises: Listed[];
  /** The sheet of its first row, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  /** The register's rows it was read from. */
  rows: number;
  /** One of its rows is wrong: nothing is inferred for it (the file is refused anyway). */
  wrong: boolean;
}

export function createAgreementImport(db: Db, clock: Clock) {
  return defineRegister(db, clock, {
    spec: AGREEMENT_REGISTER,
    permission: 'agreements.write',
    plan: (rows, errors, { actor }) => planAgreements(db, actor, rows, errors),
    counts: ({ plans, onRecord }) => ({
      created: plans.reduce((n, p) => n + p.rows, 0),
      // the rows of the agreements on record the register gives as they stand: skipped
      onRecord,
      agreements: plans.length,
      enterprises: plans.reduce((n, p) => n + p.enterprises.length, 0),
    }),
    unionsOf: ({ plans }) => plans.map((p) => p.union.id),
    dryRunExtras: {},
    write: async (sql, { plans }, _counts, { actor }) => {
      // in signing order, so an enterprise without a union of its own counts where it was first listed (its days
      // compared as text, as localeCompare orders them)
      const signings: Signing[] = [...plans]
        .sort((a, b) => (a.signedOn < b.signedOn ? -1 : a.signedOn > b.signedOn ? 1 : a.rowNo - b.rowNo))
        .map((p) => ({
          union: p.union,
          agreement: {
            kind: p.kind,
            level: p.level ?? 'area',
            title: p.title,
            employer: p.employer ?? '',
            signedOn: p.signedOn,
            effectiveOn: p.effectiveOn ?? p.signedOn,
            expiresOn: p.expiresOn,
            clauses: [],
            note: p.note,
            costFen: p.costFen,
            reach: p.reach,
            createdBy: actor.userId || null,
          },
          // its rows' numbers ride along (read by nothing the signing does): no copy of 10,000 enterprises
          enterprises: p.enterprises,
        }));
      // the count cells on record read on another connection while the transaction writes (ADR 93)
      await signAgreements(sql, signings, besideTransaction(db, sql));
      return {};
    },
    audit: { action: 'agreement.import', entity: 'agreement' },
  });
}

/**
 * The agreements of the rows, grouped by union, kind, title and signing day, each with its enterprises; what a
 * row leaves blank is taken from the agreement's other rows (its start, level and employer party). An agreement
 * on record already is skipped and counted (`onRecord`, its rows) when the register gives it as it stands, refused
 * when it differs (sameAsHeld). Problems go to `errors`, every one a row has that does not follow from another: a
 * check over a cell that did not parse is skipped, and an agreement with such a row plans nothing.
 */
async function planAgreements(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
): Promise<{ plans: AgreementPlan[]; onRecord: number }> {
  const found = await resolveRowUnions(sql, actor, rows, 'union');
  const ids = [...found.values()].flatMap((u) => unionFound(u)?.id ?? []);
  const unions = new Map((await findOrgsByIds(sql, ids)).map((o) => [o.id, o]));
  const plans = new Map<string, AgreementPlan>();
  // a register names a few unions on thousands of rows: each text's union (or refusal) found once
  const unionOf = new Map<string, ReturnType<typeof unionOfRow>>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const before = errors.length;
    // the union, the days, the measures and the enterprise each checked whatever the others' problems; a union
    // that did not parse is not looked for
    let union: OrgRow | undefined;
    if (readOk(row, 'union')) {
      const unionText = String(v.union);
      let hit = unionOf.get(unionText);
      if (!hit) {
        hit = unionOfRow(found.get(unionText), unionText, (orgPath) =>
          canAccess(actor, 'agreements.write', { orgPath }),
        );
        unionOf.set(unionText, hit);
      }
      if (hit.problem) errors.push(rowError(rowNo, UNION, hit.problem.zh, hit.problem.en));
      // read above with every union the register names
      else union = unions.get(hit.union.id) as OrgRow;
    }
    const days = daysOf(row);
    const daysOk = checkDays(rowNo, days, errors);
    const measures = measuresOf(row, errors);
    const listed = enterpriseOf(row, errors);
    // the agreement a row belongs to cannot be told without its union, kind, title and days
    if (!union || !daysOk || !readOk(row, 'kind', 'title')) continue;
    const signedOn = days.signedOn as string;
    const expiresOn = days.expiresOn as string;
    const kind = v.kind as AgreementKind;
    const title = String(v.title).trim();
    const key = agreementKey({ orgId: union.id, kind, title, signedOn });
    let plan = plans.get(key);
    if (!plan) {
      plan = {
        rowNo,
        ...(row.sheet === undefined ? {} : { sheet: row.sheet }),
        union,
        kind,
        title,
        signedOn,
        effectiveOn: null,
        expiresOn,
        level: null,
        employer: null,
        note: null,
        costFen: null,
        reach: null,
        enterprises: [],
        rows: 0,
        wrong: false,
      };
      plans.set(key, plan);
    }
    plan.rows += 1;
    const at = { plan, rowNo, errors };
    const level = readOk(row, 'level') ? (v.level as AgreementLevel | null) : null;
    // the agreement's fields agree over its rows, each told; a measure that is wrong is not compared
    agree(at, 'effectiveOn', days.effectiveOn ?? null, '生效日期', 'start');
    agree(at, 'expiresOn', expiresOn, '到期日期', 'end');
    agree(at, 'level', level, '合同层级', 'level');
    agree(at, 'employer', textOf(row, 'employer'), '企业方', 'employer party');
    agree(at, 'costFen', measures?.costFen ?? null, MEASURE_LABELS.costFen.zh, MEASURE_LABELS.costFen.en);
    agree(at, 'reach', measures?.reach ?? null, MEASURE_LABELS.reach.zh, MEASURE_LABELS.reach.en);
    plan.note ??= textOf(row, 'note');
    if (errors.length > before || row.unread) plan.wrong = true;
    if (!listed) continue;
    const first = plan.enterprises.find((e) => e.uscc === listed.uscc);
    if (first) {
      errors.push(
        rowError(
          rowNo,
          ENTERPRISE.uscc,
          `同一份合同中统一社会信用代码与${rowZh(first)}重复`,
          `The credit code repeats ${rowEn(first)} of the same agreement`,
        ),
      );
      plan.wrong = true;
      continue;
    }
    plan.enterprises.push(listed);
  }
  const held = new Map(
    (await findAgreementsHeld(sql, [...new Set([...plans.values()].map((p) => p.union.id))])).map((a) => [
      agreementKey(a),
      a,
    ]),
  );
  const out: AgreementPlan[] = [];
  let onRecord = 0;
  // the plans are keyed as the agreements on record are (agreementKey)
  for (const [key, p] of plans) {
    const given = { level: p.level !== null, employer: p.employer !== null };
    const before = errors.length;
    if (!p.wrong) {
      // only an enterprise agreement listing no enterprise waits for the union's own (most complete at once)
      const own = complete(p, errors);
      if (own) await own(sql);
    }
    const kept = held.get(key);
    if (!kept) out.push(p);
    else if (!p.wrong && errors.length === before && sameAsHeld(p, kept, given, errors)) onRecord += p.rows;
  }
  return { plans: out, onRecord };
}

/** A field as this row gives it: taken if the agreement has none, else the same (employer normalised) or refused. */
function agree<F extends 'effectiveOn' | 'expiresOn' | 'level' | 'employer' | 'costFen' | 'reach'>(
  { plan, rowNo, errors }: { plan: AgreementPlan; rowNo: number; errors: RegisterRowError[] },
  field: F,
  value: AgreementPlan[F] | null,
  header: string,
  en: string,
): boolean {
  if (value === null) return true;
  const was = plan[field];
  if (was === null) {
    plan[field] = value as AgreementPlan[F];
    return true;
  }
  if (field === 'employer' ? normaliseText(String(was)) === normaliseText(String(value)) : was === value)
    return true;
  const shown = (x: unknown) => (field === 'costFen' ? formatYuan(Number(x)) : String(x));
  errors.push(
    rowError(
      rowNo,
      header,
      `与${rowZh(plan)}是同一份合同，但${header}不同（${shown(value)}，${rowZh(plan)}为 ${shown(was)}）`,
      `Same agreement as ${rowEn(plan)}, but its ${en} differs (${shown(value)}; ${rowEn(plan)}: ${shown(was)})`,
    ),
  );
  return false;
}

/**
 * What an agreement's rows leave to be inferred: its level, the enterprise an enterprise agreement covers when
 * none is listed (the union's own, as when one is entered), and the employer party. Answers the step left when
 * that union's own enterprise is to be read (the rest then waits for it); otherwise nothing.
 */
function complete(p: AgreementPlan, errors: RegisterRowError[]): ((sql: Sql) => Promise<void>) | undefined {
  p.level ??=
    p.union.kind === 'grassroots' && p.enterprises.length <= 1
      ? 'enterprise'
      : ['industry', 'industry_federation'].includes(p.union.kind)
        ? 'industry'
        : 'area';
  if (p.level === 'enterprise' && !p.enterprises.length) {
    return async (sql) => {
      const own = await ownEnterprise(sql, p.union);
      if (!own) {
        errors.push(
          rowError(
            p.rowNo,
            ENTERPRISE.name,
            '企业集体合同须填写所覆盖的企业（签约工会未登记所在企业的统一社会信用代码）',
            "An enterprise agreement must list the enterprise it covers (the union has no employer's credit code on record)",
          ),
        );
        return;
      }
      p.enterprises.push({ ...own, rowNo: p.rowNo });
      completeEmployer(p, errors);
    };
  }
  completeEmployer(p, errors);
  return undefined;
}

/** The employer party: the enterprises covered when the rows name none; refused when there are none either. */
function completeEmployer(p: AgreementPlan, errors: RegisterRowError[]) {
  if (p.employer === null && p.enterprises.length) {
    const [first] = p.enterprises;
    p.employer = p.enterprises.length > 1 ? `${first.name}等${p.enterprises.length}家企业` : first.name;
  }
  if (p.employer === null) {
    errors.push(
      rowError(
        p.rowNo,
        '企业方',
        '未填写覆盖企业时须填写企业方',
        'Give the employer party when no covered enterprise is listed',
      ),
    );
  }
}
