import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  AccountNumbersSchema,
  CreatePersonBody,
  EndMembershipBody,
  MemberListSchema,
  MemberQuerySchema,
  PersonDetailSchema,
  PersonSchema,
  TransferBody,
  UpdatePersonBody,
} from './people.schemas.ts';
import type { PeopleService } from './people.service.ts';

const tags = ['people'];

export function peopleRoutes(app: App, { people }: { people: PeopleService }): void {
  const on = routeMould(app, tags);
  on.get('/api/members', {
    config: { permission: 'people.read' },
    summary: 'Members of my subtree (or of one union in it), searchable and filterable',
    querystring: MemberQuerySchema,
    response: MemberListSchema,
    use: people.listMembers,
  });
  on.post('/api/members', {
    config: { permission: 'people.write' },
    summary: 'Register a person as a member of a union',
    body: CreatePersonBody,
    response: PersonSchema,
    use: people.createPerson,
  });
  on.get('/api/members/:id', {
    config: { permission: 'people.read' },
    summary: 'A member with membership history',
    params: IdParams,
    response: PersonDetailSchema,
    use: people.getPerson,
  });
  on.patch('/api/members/:id', {
    config: { permission: 'people.write' },
    summary: 'Edit a member',
    params: IdParams,
    body: UpdatePersonBody,
    response: PersonSchema,
    use: people.updatePerson,
  });
  on.post('/api/members/:id/reveal-id', {
    config: { permission: 'people.reveal_id' },
    summary: 'The unmasked ID-card number (audited)',
    params: IdParams,
    response: Type.Object({ idNumber: Type.String() }),
    run: async (actor, { params }) => ({ idNumber: await people.revealIdNumber(actor, params.id) }),
  });
  on.post('/api/members/:id/reveal-accounts', {
    config: { permission: 'people.reveal_id' },
    summary: 'The whole bank account and 京卡 numbers (audited)',
    params: IdParams,
    response: AccountNumbersSchema,
    use: people.revealAccounts,
  });
  const member = on.record('/api/members/:id', {
    config: { permission: 'people.write' },
    response: PersonDetailSchema,
  });
  member.post('/transfer', {
    summary: 'Transfer the membership to another union (history is kept)',
    body: TransferBody,
    run: (actor, { params, body }) =>
      people.transferMember(actor, params.id, body.toOrgId, body.on, body.note),
  });
  member.post('/end-membership', {
    summary:
      'End the membership (retired, left the unit, died, other) on the day it happened; history is kept',
    body: EndMembershipBody,
    use: people.endMembership,
  });
  on.get('/api/me/profile', {
    config: { permission: 'self.read' },
    summary: 'My own profile (workers)',
    response: PersonDetailSchema,
    use: people.getSelf,
  });
}
