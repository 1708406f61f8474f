import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import {
  ChangesJsonQuery,
  ChangesQuery,
  ChangesSchema,
  IdResult,
  ListQuery,
  PolicyBody,
  PolicyDetailSchema,
  PolicyListQuery,
  PolicyListSchema,
  SyncBody,
  SyncResult,
} from './insurance.schemas.ts';
import type { InsuranceService } from './insurance.service.ts';

const tags = ['insurance'];
const read = { permission: 'insurance.read' } as const;
const write = { permission: 'insurance.write' } as const;

/** Policies of a union subtree: bought, synced from the insurer, their insured and the changes, as lists and .xlsx. */
export function insurancePolicyRoutes(app: App, { insurance }: { insurance: InsuranceService }): void {
  app.get(
    '/api/insurance/policies',
    {
      config: read,
      schema: {
        tags,
        summary: "A page of the group insurance policies of a union's subtree (default: mine)",
        querystring: PolicyListQuery,
        response: { 200: PolicyListSchema },
      },
    },
    async (req) => insurance.listPolicies(actorOf(req), req.query),
  );
  app.post(
    '/api/insurance/policies',
    {
      config: { ...write, errors: [409] },
      schema: {
        tags,
        summary:
          "Record a union's policy for a year: insurer, number, period, premium per person, cover, who is insured (a rule); a year before the platform with its insured and premium as recorded",
        body: PolicyBody,
        response: { 200: IdResult },
      },
    },
    async (req) => insurance.createPolicy(actorOf(req), req.body),
  );
  app.get(
    '/api/insurance/policies/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A policy with the premium due by the days each insured person was covered',
        params: IdParams,
        response: { 200: PolicyDetailSchema },
      },
    },
    async (req) => insurance.getPolicy(actorOf(req), req.params.id),
  );
  app.post(
    '/api/insurance/policies/:id/sync',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Bring the insured in step with the member register as it stood on a day (additions and removals, dated)',
        params: IdParams,
        body: SyncBody,
        response: { 200: SyncResult },
      },
    },
    async (req) => insurance.sync(actorOf(req), req.params.id, req.body.on),
  );
  app.get(
    '/api/insurance/policies/:id/insured.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The insurer's list of the insured, with their days (the register's changes taken in first; full ID numbers for people.reveal_id when asked, audited)",
        params: IdParams,
        querystring: ListQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await insurance.insuredXlsx(
        actorOf(req),
        req.params.id,
        req.query.full === true,
      );
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/insurance/policies/:id/changes',
    {
      config: read,
      schema: {
        tags,
        summary:
          "A month's additions and removals (dated) with the premium adjustment by days of cover (the register's changes taken in first)",
        params: IdParams,
        querystring: ChangesJsonQuery,
        response: { 200: ChangesSchema },
      },
    },
    async (req) => {
      const c = await insurance.changes(actorOf(req), req.params.id, req.query.month);
      return { ...c, rows: c.rows.map(({ idCipher: _, ...r }) => r) };
    },
  );
  app.get(
    '/api/insurance/policies/:id/changes.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The month's change list for the insurer as .xlsx (ID numbers masked, full for people.reveal_id when asked, audited)",
        params: IdParams,
        querystring: ChangesQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await insurance.changesXlsx(
        actorOf(req),
        req.params.id,
        req.query.month,
        req.query.full === true,
      );
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
}
