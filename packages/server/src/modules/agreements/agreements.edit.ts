import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { changedFields, type FieldChange, patched } from '../../shared/changes.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordEdit } from '../audit/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { agreementErrors } from './agreements.errors.ts';
import { checkMeasures } from './agreements.measures.ts';
import {
  type AgreementRow,
  deleteCoverage,
  listCoverage,
  updateAgreementTerms,
} from './agreements.repository.ts';
import type { Clause } from './agreements.types.ts';
import { type CoverageInput, coverEnterprises, recountCoverage, signingDeltas } from './coverage.counts.ts';
import { checkCoverageList } from './coverage.input.ts';

/** A correction of an agreement (ADR 60): what is sent replaces what is on file; what is not sent stays. */
export interface EditAgreementInput {
  title?: string;
  employer?: string;
  signedOn?: string;
  effectiveOn?: string;
  expiresOn?: string;
  clauses?: Clause[];
  note?: string | null;
  /** What the measures cost (fen) and the people they reached; null clears a figure (not recorded). */
  costFen?: number | null;
  reach?: number | null;
  /** The whole list of covered enterprises; only before the agreement is in force. */
  enterprises?: CoverageInput[];
}

const byCode = (rows: CoverageInput[]) =>
  [...rows].sort((a, b) => a.uscc.localeCompare(b.uscc)).map((r) => ({ ...r }));

/**
 * Corrects an agreement's terms (title, employer party, clauses, note), its measures' cost and reach, and dates,
 * and — before it is in force — the enterprises it covers. The counts follow: signed on the corrected day, in force
 * over the corrected term, the measures' figures on the signing day, each enterprise's coverage recounted. Each changed field is kept in the agreement's history and the audit log.
 */
export async function applyAgreementEdit(
  sql: Sql,
  actor: Actor,
  a: AgreementRow,
  input: EditAgreementInput,
  { today, now }: { today: string; now: Date },
): Promise<FieldChange[]> {
  const next = {
    title: patched(input.title?.trim(), a.title),
    employer: patched(input.employer?.trim(), a.employer),
    signedOn: patched(input.signedOn, a.signedOn),
    effectiveOn: patched(input.effectiveOn, a.effectiveOn),
    expiresOn: patched(input.expiresOn, a.expiresOn),
    clauses: patched(input.clauses, a.clauses),
    note: input.note === undefined ? a.note : input.note?.trim() || null,
    ...checkMeasures({
      costFen: input.costFen === undefined ? a.costFen : input.costFen,
      reach: input.reach === undefined ? a.reach : input.reach,
    }),
  };
  if (next.signedOn !== a.signedOn) {
    effectiveDay(actor, next.signedOn, { zh: '签订', en: 'signing' }, [], { field: 'signedOn', now });
  }
  if (next.effectiveOn < next.signedOn) {
    throw agreementErrors.dates('effectiveOn', {
      zh: `生效日期 ${next.effectiveOn} 早于签订日期 ${next.signedOn}`,
      en: `The effective date ${next.effectiveOn} is before the signing date ${next.signedOn}`,
    });
  }
  if (next.expiresOn < next.effectiveOn) {
    throw agreementErrors.dates('expiresOn', {
      zh: `到期日期 ${next.expiresOn} 早于生效日期 ${next.effectiveOn}`,
      en: `The expiry date ${next.expiresOn} is before the effective date ${next.effectiveOn}`,
    });
  }
  const changes = changedFields(
    {
      title: a.title,
      employer: a.employer,
      signedOn: a.signedOn,
      effectiveOn: a.effectiveOn,
      expiresOn: a.expiresOn,
      clauses: [...a.clauses].sort(),
      note: a.note,
      costFen: a.costFen,
      reach: a.reach,
    },
    { ...next, clauses: [...next.clauses].sort() },
  );
  const onFile = await listCoverage(sql, a.id);
  let list: CoverageInput[] | undefined;
  if (input.enterprises) {
    list = checkCoverageList(input.enterprises);
    const was = byCode(
      onFile.map(({ uscc, name, workers, womenWorkers }) => ({ uscc, name, workers, womenWorkers })),
    );
    const listChange = changedFields({ enterprises: was }, { enterprises: byCode(list) });
    if (listChange.length) {
      if (a.effectiveOn <= today) throw agreementErrors.coverageFixed();
      if (a.level === 'enterprise' && !list.length) throw agreementErrors.noEnterprise();
      changes.push(...listChange);
    } else list = undefined;
  }
  if (!changes.length) return changes;
  const deltas: CountDelta[] = [];
  const countsMoved =
    next.signedOn !== a.signedOn ||
    next.effectiveOn !== a.effectiveOn ||
    next.expiresOn !== a.expiresOn ||
    next.costFen !== a.costFen ||
    next.reach !== a.reach;
  if (countsMoved) deltas.push(...signingDeltas(a, -1), ...signingDeltas({ ...a, ...next }));
  const kept = new Set((list ?? []).map((r) => r.uscc));
  const dropped = list ? onFile.filter((r) => !kept.has(r.uscc)).map((r) => r.uscc) : [];
  deltas.push(
    ...(await recountCoverage(
      sql,
      a.kind,
      onFile.map((r) => r.uscc),
      async () => {
        await updateAgreementTerms(sql, a.id, next);
        await deleteCoverage(sql, a.id, dropped);
      },
    )),
  );
  if (list?.length) {
    const agreement = { id: a.id, orgId: a.orgId, orgPath: a.orgPath };
    deltas.push(...(await coverEnterprises(sql, a.kind, [{ agreement, rows: list }])));
  }
  await addCounts(sql, deltas);
  await recordEdit(sql, actor, {
    action: 'agreement.edit',
    entity: 'agreement',
    entityId: a.id,
    orgId: a.orgId,
    changes,
  });
  return changes;
}
