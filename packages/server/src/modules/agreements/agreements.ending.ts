import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { agreementErrors } from './agreements.errors.ts';
import {
  type AgreementRow,
  findAgreement,
  listCoveredUsccs,
  lockAgreement,
  setAgreementEnded,
} from './agreements.repository.ts';
import { endCoverage } from './coverage.counts.ts';

/**
 * Ends an agreement (终止) in the caller's transaction on `endedOn`, its last day in force (ADR 40: not in the future,
 * not before it came into force nor after its expiry), with the reason: its enterprises leave its coverage and the
 * counts change with it; audited.
 */
export async function endAgreementOn(
  sql: Sql,
  actor: Actor,
  id: number,
  input: { endedOn?: string; reason: string },
  now: Date,
): Promise<void> {
  const { reason } = input;
  await lockAgreement(sql, id);
  const a = (await findAgreement(sql, id)) as AgreementRow;
  if (a.endedOn) throw agreementErrors.ended(a.endedOn);
  const { day } = effectiveDay(
    actor,
    input.endedOn,
    { zh: '终止', en: 'ending' },
    [{ day: a.effectiveOn, name: { zh: '生效日期', en: 'effective date' } }],
    { field: 'endedOn', now },
  );
  if (day > a.expiresOn) {
    throw agreementErrors.dates('endedOn', {
      zh: `终止日期 ${day} 晚于到期日期 ${a.expiresOn}，到期的合同无需终止`,
      en: `The ending date ${day} is after the expiry ${a.expiresOn}; an expired agreement needs no ending`,
    });
  }
  const usccs = await listCoveredUsccs(sql, id);
  await endCoverage(sql, a, day, usccs, () => setAgreementEnded(sql, id, { endedOn: day, reason }));
  await recordAudit(sql, actor, {
    action: 'agreement.end',
    entity: 'agreement',
    entityId: id,
    orgId: a.orgId,
    before: { expiresOn: a.expiresOn },
    after: { endedOn: day, effectiveOn: day, reason },
  });
}
