import { Type } from 'typebox';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  AccountNumbersSchema,
  CreatePersonBody,
  EndMembershipBody,
  MemberListSchema,
  MemberQuerySchema,
  PersonDetailSchema,
  PersonSchema,
  SelfPatchBody,
  TransferBody,
  UpdatePersonBody,
} from './people.schemas.ts';
import type { PeopleService } from './people.service.ts';

const tags = ['people'];

export function peopleRoutes(app: App, { people }: { people: PeopleService }): void {
  app.get(
    '/api/members',
    {
      config: { permission: 'people.read' },
      schema: {
        tags,
        summary: 'Members of my subtree (or of one union in it), searchable and filterable',
        querystring: MemberQuerySchema,
        response: { 200: MemberListSchema },
      },
    },
    async (req) => people.listMembers(actorOf(req), req.query),
  );
  app.post(
    '/api/members',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: 'Register a person as a member of a union',
        body: CreatePersonBody,
        response: { 200: PersonSchema },
      },
    },
    async (req) => people.createPerson(actorOf(req), req.body),
  );
  app.get(
    '/api/members/:id',
    {
      config: { permission: 'people.read' },
      schema: {
        tags,
        summary: 'A member with membership history',
        params: IdParams,
        response: { 200: PersonDetailSchema },
      },
    },
    async (req) => people.getPerson(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/members/:id',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: 'Edit a member',
        params: IdParams,
        body: UpdatePersonBody,
        response: { 200: PersonSchema },
      },
    },
    async (req) => people.updatePerson(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/members/:id/reveal-id',
    {
      config: { permission: 'people.reveal_id' },
      schema: {
        tags,
        summary: 'The unmasked ID-card number (audited)',
        params: IdParams,
        response: { 200: Type.Object({ idNumber: Type.String() }) },
      },
    },
    async (req) => ({ idNumber: await people.revealIdNumber(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/members/:id/reveal-accounts',
    {
      config: { permission: 'people.reveal_id' },
      schema: {
        tags,
        summary: 'The whole bank account and 京卡 numbers (audited)',
        params: IdParams,
        response: { 200: AccountNumbersSchema },
      },
    },
    async (req) => people.revealAccounts(actorOf(req), req.params.id),
  );
  app.post(
    '/api/members/:id/transfer',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary: 'Transfer the membership to another union (history is kept)',
        params: IdParams,
        body: TransferBody,
        response: { 200: PersonDetailSchema },
      },
    },
    async (req) =>
      people.transferMember(actorOf(req), req.params.id, req.body.toOrgId, req.body.on, req.body.note),
  );
  app.post(
    '/api/members/:id/end-membership',
    {
      config: { permission: 'people.write' },
      schema: {
        tags,
        summary:
          'End the membership (retired, left the unit, died, other) on the day it happened; history is kept',
        params: IdParams,
        body: EndMembershipBody,
        response: { 200: PersonDetailSchema },
      },
    },
    async (req) => people.endMembership(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/me/profile',
    {
      config: { permission: 'self.read' },
      schema: { tags, summary: 'My own profile (workers)', response: { 200: PersonDetailSchema } },
    },
    async (req) => people.getSelf(actorOf(req)),
  );
  app.patch(
    '/api/me/profile',
    {
      config: { permission: 'self.write' },
      schema: {
        tags,
        summary: 'Change my phone number (workers)',
        body: SelfPatchBody,
        response: { 200: PersonDetailSchema },
      },
    },
    async (req) => people.updateSelf(actorOf(req), req.body),
  );
}
