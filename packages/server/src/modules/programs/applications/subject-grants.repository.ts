import { subtreePattern } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { conditions } from '../../../db/select.ts';
import { escapeLike } from '../../../shared/like.ts';
import type { ApplicationStatus } from '../programs.vocabulary.ts';

/** SQL for what other modules read and record about their subjects (a studio's projects and grants). */

/** What has been paid on application `a` through paid batches, net of reversals (SQL). */
export const PAID = `coalesce((select sum(i.amount_fen) from ledger_entries e
    join payment_items i on i.ledger_entry_id = e.id join payment_batches b on b.id = i.batch_id
   where e.application_id = a.id and b.status = 'paid'), 0)
 + coalesce((select sum(r.amount_fen) from ledger_entries e join ledger_entries r on r.reverses_id = e.id
   join payment_items i on i.ledger_entry_id = e.id join payment_batches b on b.id = i.batch_id
   where e.application_id = a.id and b.status = 'paid'), 0)`;

/** The published program of `presetKey` offered to the union at `orgPath`: the nearest owner at or above it. */
export async function findOfferedPresetId(
  sql: Sql,
  presetKey: string,
  orgPath: string,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    `select g.id from programs g join orgs o on o.id = g.owner_org_id
      where g.preset_key = $1 and g.status = 'published' and starts_with($2::text, o.path)
      order by o.level desc, g.id desc limit 1`,
    [presetKey, orgPath],
  );
  return rows[0] ? Number(rows[0].id) : undefined;
}

/** An application about a subject, with its decision and payment days. */
export interface SubjectGrantRow {
  applicationId: number;
  subjectKey: string;
  programName: string;
  presetKey: string | null;
  status: ApplicationStatus;
  appliedOn: string;
  /** The day of the final decision (China time), null while it is under review. */
  decidedOn: string | null;
  choiceKey: string | null;
  amountFen: number | null;
  /** Paid through paid payment batches, net of reversals. */
  paidFen: number;
  /** The day of the last paid batch that paid it (China time). */
  paidOn: string | null;
}

/** A `SubjectGrantRow`'s columns, of application `a` and its program `g` (SQL). */
const GRANT_COLUMNS = `a.id as "applicationId", a.subject_key as "subjectKey", g.name as "programName",
       g.preset_key as "presetKey", a.status, to_char(a.applied_on, 'YYYY-MM-DD') as "appliedOn",
       case when a.status in ('approved', 'rejected')
            then to_char(a.decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') end as "decidedOn",
       a.choice_key as "choiceKey", a.amount_fen::float8 as "amountFen", (${PAID})::float8 as "paidFen",
       (select to_char(max(b.paid_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
          from ledger_entries e join payment_items i on i.ledger_entry_id = e.id
          join payment_batches b on b.id = i.batch_id
         where e.application_id = a.id and b.status = 'paid') as "paidOn"`;

/** The numbers of a `SubjectGrantRow` as read. */
const grantRow = (r: SubjectGrantRow): SubjectGrantRow => ({
  ...r,
  applicationId: Number(r.applicationId),
  amountFen: r.amountFen === null ? null : Number(r.amountFen),
  paidFen: Number(r.paidFen),
});

/**
 * The applications about `subject` ('studio:12') and its parts ('studio:12:project:2021'), withdrawn ones left
 * out, oldest first.
 */
export async function listApplicationsAbout(sql: Sql, subject: string): Promise<SubjectGrantRow[]> {
  const { rows } = await sql.query<SubjectGrantRow>(
    `select ${GRANT_COLUMNS}
       from applications a join programs g on g.id = a.program_id
      where (a.subject_key = $1 or a.subject_key like $2) and a.status <> 'withdrawn'
      order by a.applied_on, a.id`,
    [subject, `${escapeLike(subject)}:%`],
  );
  return rows.map(grantRow);
}

/**
 * `listApplicationsAbout` for many subjects in one read (a register checking many studios): subject → its
 * applications and its parts', withdrawn ones left out, oldest first; a subject with none is absent.
 */
export async function listApplicationsAboutAll(
  sql: Sql,
  subjects: string[],
): Promise<Map<string, SubjectGrantRow[]>> {
  const out = new Map<string, SubjectGrantRow[]>();
  if (!subjects.length) return out;
  // The range keeps to the subject_key index (text_pattern_ops); starts_with leaves out 'studio:120' for 'studio:12'.
  const { rows } = await sql.query<SubjectGrantRow & { subject: string }>(
    `select s.subject, ${GRANT_COLUMNS}
       from unnest($1::text[]) as s(subject)
       join applications a on a.subject_key ~>=~ s.subject and a.subject_key ~<~ (s.subject || ';')
       join programs g on g.id = a.program_id
      where (a.subject_key = s.subject or starts_with(a.subject_key, s.subject || ':'))
        and a.status <> 'withdrawn'
      order by s.subject, a.applied_on, a.id`,
    [[...new Set(subjects)]],
  );
  for (const { subject, ...r } of rows) {
    const list = out.get(subject) ?? [];
    list.push(grantRow(r));
    out.set(subject, list);
  }
  return out;
}

export interface SubjectApplication {
  applicationId: number;
  subjectKey: string;
  programName: string;
  presetKey: string | null;
  status: string;
  appliedOn: string;
  amountFen: number | null;
  /** Paid through a paid payment batch, net of reversals. */
  paidFen: number;
}

/** The applications opened about these subjects, with what has been paid on each. */
export async function listSubjectApplications(
  sql: Sql,
  applicationIds: number[],
): Promise<SubjectApplication[]> {
  if (!applicationIds.length) return [];
  const { rows } = await sql.query<SubjectApplication>(
    `select a.id as "applicationId", a.subject_key as "subjectKey", g.name as "programName",
            g.preset_key as "presetKey", a.status, to_char(a.applied_on, 'YYYY-MM-DD') as "appliedOn",
            a.amount_fen::float8 as "amountFen", (${PAID})::float8 as "paidFen"
       from applications a join programs g on g.id = a.program_id
      where a.id = any($1::bigint[]) order by a.applied_on, a.id`,
    [applicationIds],
  );
  return rows.map((r) => ({ ...r, amountFen: r.amountFen === null ? null : Number(r.amountFen) }));
}

export interface SubjectPaidRow {
  presetKey: string | null;
  programName: string;
  /** Approved applications. */
  approved: number;
  paidFen: number;
}

/**
 * What was approved and paid on applications about subjects starting with `prefix` ('studio:') of unions in
 * the subtree `path`, by program, counted on the application date (the date of the decision that opened it).
 */
export async function sumSubjectPayments(
  sql: Sql,
  q: { prefix: string; path: string; from?: string; to?: string },
): Promise<SubjectPaidRow[]> {
  const params: unknown[] = [subtreePattern(q.prefix), subtreePattern(q.path)];
  const { where, add } = conditions(
    params,
    'a.subject_key like $1',
    'o.path like $2',
    `a.status = 'approved'`,
  );
  if (q.from) add('a.applied_on >= ?::date', q.from);
  if (q.to) add('a.applied_on <= ?::date', q.to);
  const { rows } = await sql.query<SubjectPaidRow>(
    `select g.preset_key as "presetKey", g.name as "programName", count(*)::int as approved,
            coalesce(sum(${PAID}), 0)::float8 as "paidFen"
       from applications a join programs g on g.id = a.program_id join orgs o on o.id = a.org_id
      where ${where.join(' and ')}
      group by g.preset_key, g.name order by g.name`,
    params,
  );
  return rows.map((r) => ({ ...r, paidFen: Number(r.paidFen) }));
}
