/**
 * The baseline of the API benchmark: a bare Fastify server running Gonghui's own member statements through `pg`,
 * prepared, with the same pool size. No sessions, no validation, no scope check, no response schema.
 *   /person/:id           the member-detail statement (a primary-key lookup with the membership history)
 *   /members?orgId&page   the member-list statement (the union's subtree, a page of 20 and the total)
 */
import Fastify from 'fastify';
import pg from 'pg';
import { UNFILTERED_PAGE } from '../src/modules/people/people.list.repository.ts';
import { PERSON_DETAIL } from '../src/modules/people/people.repository.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify();
app.get<{ Params: { id: string } }>('/person/:id', async (req) => {
  const { rows } = await pool.query({ name: 'detail', text: PERSON_DETAIL, values: [Number(req.params.id)] });
  return rows[0] ?? null;
});
app.get<{ Querystring: { orgId: string; page: string } }>('/members', async (req) => {
  const offset = (Number(req.query.page) - 1) * 20;
  const { rows } = await pool.query({
    name: 'list',
    text: UNFILTERED_PAGE,
    values: [Number(req.query.orgId), '/', '/%', 20, offset],
  });
  return { items: rows[0].items, total: rows[0].total };
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
