import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { registerTemplate, runRegisterImport } from '../../shared/register-sheet.ts';
import { recordAudit } from '../audit/index.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { planClaimRows } from './insurance.claims.import.plan.ts';
import { CLAIM_REGISTER } from './insurance.claims.register.ts';
import { isClaimFiledTwice } from './insurance.filing.repository.ts';
import { insertImportedClaims } from './insurance.import.repository.ts';
import { err } from './insurance.shared.ts';

/**
 * The register of insurance claims (保险理赔台账, issue 42): one row per claim of the policies of the importer's
 * subtree — the policy (its number, or its year), the worker (ID number and name), the accident, the filing day,
 * the insurer's decision with its day and payout, the payment day. Each row is checked as filing checks a claim
 * (ADR 62, issue 41: the accident inside the policy's period, the worker covered that day, one live claim per
 * accident) and its days as ADR 40 orders a claim's steps; a bad row refuses the whole file. Each claim is counted
 * on its filing day and, paid, on its payment day. Nobody is told.
 */
export interface ClaimImportCounts {
  created: number;
  paid: number;
  approved: number;
  rejected: number;
  pending: number;
  paidFen: number;
}

export function createClaimImport(db: Db, clock: Clock, ids: IdProtector | null) {
  return {
    template(actor: Actor) {
      requireAccess(actor, 'insurance.write');
      return registerTemplate(CLAIM_REGISTER);
    },

    async importFile(actor: Actor, input: { file: Buffer; fileName: string; dryRun: boolean }) {
      requireAccess(actor, 'insurance.write');
      if (!ids)
        throw err(
          'invalid',
          'INSURANCE_IMPORT_UNAVAILABLE',
          '未配置身份证号密钥',
          'No ID-number key is set up',
        );
      const today = todayInChina(clock());
      return runRegisterImport(CLAIM_REGISTER, input, today, {
        plan: (rows, errors) => planClaimRows(db, actor, ids, rows, errors, today),
        counts: (claims): ClaimImportCounts => ({
          created: claims.length,
          paid: claims.filter((c) => c.status === 'paid').length,
          approved: claims.filter((c) => c.status === 'approved').length,
          rejected: claims.filter((c) => c.status === 'rejected').length,
          pending: claims.filter((c) => c.status === 'forwarded').length,
          paidFen: claims.reduce((n, c) => n + (c.status === 'paid' ? (c.payoutFen ?? 0) : 0), 0),
        }),
        dryRunExtras: {},
        write: (claims, counts) =>
          db.tx(async (sql) => {
            try {
              // the same accident filed meanwhile on the page: the index keeps one, and the file is refused
              await insertImportedClaims(sql, claims, actor.userId || null);
            } catch (e) {
              if (isClaimFiledTwice(e))
                throw err(
                  'conflict',
                  'INSURANCE_CLAIM_DUPLICATE',
                  '文件中有理赔在预检后已由他人报案（同一职工、保单与出险日期），整个文件未导入；请重新预检',
                  'A claim of the file was filed by someone else since it was checked (the same worker, policy and accident day); nothing was imported: check the file again',
                );
              throw e;
            }
            await addCounts(sql, [
              ...claims.map((c) => ({
                subject: 'insurance.claims_filed',
                orgId: c.policyOrgId,
                on: c.filedOn,
                dim: c.kind,
                n: 1,
              })),
              ...claims.flatMap((c) =>
                c.status === 'paid' && c.paidOn
                  ? [
                      {
                        subject: 'insurance.claims_paid',
                        orgId: c.policyOrgId,
                        on: c.paidOn,
                        dim: c.kind,
                        n: 1,
                        fen: c.payoutFen ?? 0,
                      },
                    ]
                  : [],
              ),
            ]);
            await recordAudit(sql, actor, {
              action: 'insurance.claim.import',
              entity: 'insurance_claim',
              orgId: actor.orgId,
              after: { fileName: input.fileName, ...counts },
            });
            return {};
          }),
      });
    },
  };
}
