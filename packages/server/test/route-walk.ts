import type { OrgRow } from '../src/modules/org/index.ts';
import { createTestApp, fillParams, paramsOf, type TestAppOptions } from './api.ts';

/**
 * The world of the tests that walk the whole route table through the OpenAPI document of the built app (bad input,
 * validation messages, the day a decision happened): the app, its document, and real objects for the path ids, so
 * a route's handler is reached when the input passes validation.
 */

/** A JSON schema as the OpenAPI document gives it: the fields these tests read. */
export type Schema = {
  type?: string | string[];
  /** The field in the clerk's words, where its module names it (validation messages say it first). */
  title?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: Schema | boolean;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  nullable?: boolean;
  $ref?: string;
};
export type Operation = {
  parameters?: { in: string; name: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
export type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

export const WRITE = ['POST', 'PATCH', 'PUT', 'DELETE'];
export const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');
const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

export type RouteWalk = Awaited<ReturnType<typeof openRouteWalk>>;

/**
 * The app and its OpenAPI document, with a district, a grassroots union under it and a member of that union.
 * `options` go to the app (createTestApp).
 */
export async function openRouteWalk(options: TestAppOptions = {}) {
  const t = await createTestApp(options);
  const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json() as Spec;
  const root = await t.ctx.newRoot();
  const district: OrgRow = await t.ctx.newOrg(root, 'district');
  const grassroots = await t.ctx.newOrg(district, 'grassroots');
  const person = await t.ctx.newPerson(grassroots);
  return {
    t,
    spec,
    district,
    /** The schema a `$ref` names, or the schema itself. */
    deref: (s: Schema | undefined): Schema | undefined =>
      s?.$ref ? spec.components?.schemas?.[s.$ref.split('/').pop() as string] : s,
    operationOf: (method: string, url: string): Operation | undefined =>
      spec.paths[toOpenApiPath(url)]?.[method.toLowerCase()],
    /** The route's URL with real ids: the member's under /api/members, the district's elsewhere. */
    realUrl: (url: string) =>
      fillParams(
        url,
        Object.fromEntries(
          paramsOf(url).map((p) => [p, url.startsWith('/api/members') ? person.id : district.id]),
        ),
      ),
  };
}
