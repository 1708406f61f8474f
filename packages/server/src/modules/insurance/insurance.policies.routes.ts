import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  ChangesJsonQuery,
  ChangesQuery,
  ChangesSchema,
  IdResult,
  ListQuery,
  PolicyBody,
  PolicyDetailSchema,
  PolicyImportResult,
  PolicyListQuery,
  PolicyListSchema,
  SyncBody,
  SyncResult,
} from './insurance.schemas.ts';
import type { InsuranceService } from './insurance.service.ts';

const tags = ['insurance'];
const read = { permission: 'insurance.read' } as const;
const write = { permission: 'insurance.write' } as const;

/**
 * Policies of a union subtree: bought, brought in from a register, synced from the insurer, their insured and the
 * changes, as lists and .xlsx.
 */
export function insurancePolicyRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/insurance/policies/import',
      listed: {
        key: 'insurance-policies',
        module: 'insurance',
      },
      permission: write.permission,
      what: "a register of insurance policies (one row per insured person of my subtree's policies, the policy's columns repeated on its rows; a past year kept as totals on one row)",
      result: PolicyImportResult,
      register: insurance.policiesRegister,
    },
  });
  on.get('/api/insurance/policies', {
    config: read,
    summary: "A page of the group insurance policies of a union's subtree (default: mine)",
    querystring: PolicyListQuery,
    response: PolicyListSchema,
    use: insurance.listPolicies,
  });
  on.post('/api/insurance/policies', {
    config: { ...write, errors: [409] },
    summary:
      "Record a union's policy for a year: insurer, number, period, premium per person, cover, who is insured (a rule); a year before the platform with its insured and premium as recorded",
    body: PolicyBody,
    response: IdResult,
    use: insurance.createPolicy,
  });
  on.get('/api/insurance/policies/:id', {
    config: read,
    summary: 'A policy with the premium due by the days each insured person was covered',
    params: IdParams,
    response: PolicyDetailSchema,
    use: insurance.getPolicy,
  });
  on.post('/api/insurance/policies/:id/sync', {
    config: write,
    summary:
      'Bring the insured in step with the member register as it stood on a day (additions and removals, dated)',
    params: IdParams,
    body: SyncBody,
    response: SyncResult,
    run: (actor, { params, body }) => insurance.sync(actor, params.id, body.on),
  });
  on.workbook('/api/insurance/policies/:id/insured.xlsx', {
    config: read,
    summary:
      "The insurer's list of the insured, with their days (the register's changes taken in first; full ID numbers for people.reveal_id when asked, audited)",
    params: IdParams,
    querystring: ListQuery,
    run: (actor, { params, query }) => insurance.insuredXlsx(actor, params.id, query.full === true),
  });
  on.get('/api/insurance/policies/:id/changes', {
    config: read,
    summary:
      "A month's additions and removals (dated) with the premium adjustment by days of cover (the register's changes taken in first)",
    params: IdParams,
    querystring: ChangesJsonQuery,
    response: ChangesSchema,
    run: async (actor, { params, query }) => {
      const c = await insurance.changes(actor, params.id, query.month);
      return { ...c, rows: c.rows.map(({ idCipher: _, ...r }) => r) };
    },
  });
  on.workbook('/api/insurance/policies/:id/changes.xlsx', {
    config: read,
    summary:
      "The month's change list for the insurer as .xlsx (ID numbers masked, full for people.reveal_id when asked, audited)",
    params: IdParams,
    querystring: ChangesQuery,
    run: (actor, { params, query }) =>
      insurance.changesXlsx(actor, params.id, query.month, query.full === true),
  });
}
