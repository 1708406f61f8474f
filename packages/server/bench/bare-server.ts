/**
 * The baseline of the API benchmark: a bare Fastify server answering a primary-key lookup from PostgreSQL,
 * with the same pool size as Gonghui. No sessions, no validation, no scope checks.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify();
app.get<{ Params: { id: string } }>('/person/:id', async (req) => {
  const { rows } = await pool.query('select id, name, id_masked from persons where id = $1', [
    Number(req.params.id),
  ]);
  return rows[0] ?? null;
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
