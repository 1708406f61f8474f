import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { DateStr, IdParams, Obj, Str } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  CreateOrgBody,
  CreateTopOrgBody,
  OrgDetailSchema,
  OrgSchema,
  OrgSearchHitSchema,
  OrgSummarySchema,
  UpdateOrgBody,
} from './org.schemas.ts';
import {
  closeOrg,
  createOrg,
  createOrgUnder,
  getOrgDetail,
  listChildOrgs,
  listRootOrgs,
  moveOrg,
  searchOrgs,
  updateOrg,
} from './org.service.ts';

const tags = ['org'];

export function orgRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/orgs/roots',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: 'The unions at the top of my subtree',
        response: { 200: Type.Array(OrgSummarySchema) },
      },
    },
    async (req) => listRootOrgs(db, actorOf(req)),
  );
  app.get(
    '/api/orgs/search',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: 'Search unions by name in my subtree',
        querystring: Obj({ q: Str(50, { minLength: 1 }) }),
        response: { 200: Type.Array(OrgSearchHitSchema) },
      },
    },
    async (req) => searchOrgs(db, actorOf(req), req.query.q),
  );
  app.get(
    '/api/orgs/:id',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: 'A union with counts and founding',
        params: IdParams,
        response: { 200: OrgDetailSchema },
      },
    },
    async (req) => getOrgDetail(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/orgs/:id/children',
    {
      config: { permission: 'org.read' },
      schema: {
        tags,
        summary: 'The unions directly below one',
        params: IdParams,
        response: { 200: Type.Array(OrgSummarySchema) },
      },
    },
    async (req) => listChildOrgs(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/orgs',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary:
          'Create a union below parentId, or a top union (kind federation, no parent; administrator only)',
        body: CreateTopOrgBody,
        response: { 200: OrgSchema },
      },
    },
    async (req) => createOrgUnder(db, actorOf(req), req.body),
  );
  app.post(
    '/api/orgs/:id/children',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: 'Create a union below one',
        params: IdParams,
        body: CreateOrgBody,
        response: { 200: OrgSchema },
      },
    },
    async (req) => createOrg(db, actorOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/orgs/:id',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: 'Rename a union or record its founding, committee and credit code',
        params: IdParams,
        body: UpdateOrgBody,
        response: { 200: OrgSchema },
      },
    },
    async (req) => updateOrg(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/orgs/:id/move',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: 'Move a union and its subtree under another parent',
        params: IdParams,
        body: Obj({ parentId: IdParams.properties.id }),
        response: { 200: OrgSchema },
      },
    },
    async (req) => moveOrg(db, actorOf(req), req.params.id, req.body.parentId),
  );
  app.post(
    '/api/orgs/:id/close',
    {
      config: { permission: 'org.write' },
      schema: {
        tags,
        summary: 'Close (撤销) an empty union',
        params: IdParams,
        body: Obj({ closedOn: DateStr }),
        response: { 200: OrgSchema },
      },
    },
    async (req) => closeOrg(db, actorOf(req), req.params.id, req.body.closedOn),
  );
}
