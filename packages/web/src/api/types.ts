import type { paths } from './schema.gen.ts';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** The JSON a route answers with on 200. */
export type Answer<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON body a route takes. */
export type Body<P extends keyof paths, M extends Method = 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

export type Me = Answer<'/api/auth/me'>;
export type OrgSummary = Answer<'/api/orgs/roots'>[number];
export type OrgDetail = Answer<'/api/orgs/{id}'>;
export type OrgSearchHit = Answer<'/api/orgs/search'>[number];
export type Org = Answer<'/api/orgs/{id}', 'patch'>;
export type OrgKind = OrgSummary['kind'];
export type UpdateOrg = Body<'/api/orgs/{id}', 'patch'>;
export type CreateOrg = Body<'/api/orgs/{id}/children'>;
export type MemberList = Answer<'/api/members'>;
/** A row of the member list: the member and their phone account (`accountState`). */
export type MemberRow = MemberList['items'][number];
export type PersonDetail = Answer<'/api/members/{id}'>;
/** A member as every route answers one (the list's row without its phone account). */
export type Person = Omit<MemberRow, 'accountState'>;
export type Membership = PersonDetail['memberships'][number];
export type CreatePerson = Body<'/api/members'>;
export type UpdatePerson = Body<'/api/members/{id}', 'patch'>;
export type MemberQuery = NonNullable<paths['/api/members']['get']['parameters']['query']>;

/** The committee of a union as stored in `committee` (the API keeps it open-ended). */
export interface Committee {
  electedOn?: string | null;
  term?: number | null;
  chair?: string | null;
  viceChairs?: string[];
  members?: string[];
}

/** The query string a GET route takes. */
export type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
