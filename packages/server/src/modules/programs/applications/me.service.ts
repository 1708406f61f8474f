import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { notFound } from '../../../shared/errors.ts';
import { findOrgById } from '../../org/index.ts';
import { findPersonById } from '../../people/index.ts';
import { amountFor, evaluateApplicant } from '../eligibility.ts';
import { listEntries, listPaymentsOfApplications } from '../ledger/index.ts';
import { APPLICATION, paging } from '../programs.errors.ts';
import { getVersion, listProgramsOpenToApply } from '../programs.repository.ts';
import { periodKeyFor } from '../review-chain.ts';
import type { Decision } from '../rules/index.ts';
import {
  findApplicationPersonId,
  listApplications,
  listLiveApplicationsOfPerson,
} from './applications.repository.ts';
import { getApplicationDetail, getApplicationFile } from './applications.service.ts';

/** The caller's person; actors without one (administrators) have no programs, applications or payments. */
function personOf(actor: Actor): number | null {
  return actor.personId;
}

export interface Candidate {
  recordId: number;
  label: string;
  year: number;
  decision: Decision;
  amountFen: number | null;
  applied: boolean;
}

/**
 * The programs open to the signed-in worker today (owned by their union or one above it, accepting
 * applications), each with an eligibility preview and, for programs paid per record, the worker's records
 * with a preview each.
 */
export async function listMyPrograms(db: Db, actor: Actor, now: Date) {
  const personId = personOf(actor);
  if (personId === null) return { items: [] };
  const person = await findPersonById(db, personId);
  if (!person?.orgId || !person.orgPath) return { items: [] };
  const org = await findOrgById(db, person.orgId);
  if (!org) return { items: [] };
  const today = todayInChina(now);
  const rows = await listProgramsOpenToApply(db, person.orgPath, today);
  const items = [];
  for (const p of rows) {
    p.reviewChain = p.reviewChain.map(Number);
    const periodKey = periodKeyFor(p, today) as string;
    const version = await getVersion(db, p.id, p.currentVersion);
    const applicant = { personId, org, subjectRecordId: null };
    const mine = await listLiveApplicationsOfPerson(db, p.id, personId, periodKey);
    const candidates: Candidate[] = [];
    let preview: Decision;
    if (p.limitMode === 'per_subject') {
      const base = await evaluateApplicant(db, p, version.rule, applicant, today, periodKey);
      const subjects = base.facts.records.filter((r) => r.kind === p.subjectKind);
      for (const r of subjects) {
        // the person's facts as loaded once for the program, evaluated for this record
        const e = await evaluateApplicant(
          db,
          p,
          version.rule,
          { ...applicant, subjectRecordId: r.id },
          today,
          periodKey,
          { ...base.facts, subjectRecordId: r.id },
        );
        candidates.push({
          recordId: r.id,
          label: [r.occupation, r.competition, r.course, r.title, r.number ?? r.patentNo]
            .filter(Boolean)
            .join(' '),
          year: r.year,
          decision: e.decision,
          amountFen: e.decision.eligible ? amountFor(version.amount, { subject: e.subject }).amountFen : null,
          applied: mine.some((m) => m.subjectRecordId === r.id),
        });
      }
      preview = candidates.find((c) => c.decision.eligible)?.decision ?? base.decision;
      if (!candidates.some((c) => c.decision.eligible)) preview = { ...base.decision, eligible: false };
    } else {
      preview = (await evaluateApplicant(db, p, version.rule, applicant, today, periodKey)).decision;
    }
    items.push({
      ...p,
      periodKey,
      amount: version.amount,
      eligibility: preview,
      candidates,
      myApplications: mine,
    });
  }
  return { items };
}

export async function listMyApplications(db: Db, actor: Actor, q: { page?: number; pageSize?: number }) {
  const personId = personOf(actor);
  const { page, pageSize } = paging(q, 50);
  if (personId === null) return { items: [], total: 0, page, pageSize };
  // The worker's own rows: the person filter is the access rule, wherever their union is.
  const r = await listApplications(db, { scope: { path: '/' }, personId, page, pageSize });
  const payments = await listPaymentsOfApplications(
    db,
    r.items.map((a) => a.id),
  );
  const items = r.items.map((a) => ({ ...a, paymentStatus: payments.get(a.id)?.status ?? null }));
  return { ...r, items, page, pageSize };
}

/** One of the caller's own applications; any other is 'not found'. */
export async function getMyApplication(db: Db, actor: Actor, id: number) {
  await requireMine(db, actor, id);
  return getApplicationDetail(db, actor, id);
}

export async function requireMine(db: Db, actor: Actor, id: number) {
  const personId = await findApplicationPersonId(db, id);
  if (personId === undefined || actor.personId === null || personId !== actor.personId)
    throw notFound(APPLICATION, { id });
}

/** A file of one of the caller's own applications (the photo they uploaded); any other is 'not found'. */
export async function getMyApplicationFile(db: Db, actor: Actor, id: number, fileId: number) {
  await requireMine(db, actor, id);
  return getApplicationFile(db, actor, id, fileId);
}

export async function listMyPayments(db: Db, actor: Actor, q: { page?: number; pageSize?: number }) {
  const personId = personOf(actor);
  const { page, pageSize } = paging(q, 50);
  if (personId === null) return { items: [], total: 0, page, pageSize };
  // The worker's own rows: the person filter is the access rule, wherever their union is.
  const r = await listEntries(db, { scope: { path: '/' }, personId, page, pageSize });
  return { ...r, page, pageSize };
}
