/**
 * The audit chain's cost on concurrent writes (ADR 78), on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx
 * packages/server/src/scripts/bench-audit.ts` creates a throw-away database beside the one named, migrates it, and
 * times 8 writers × 250 transactions (one audit row each) without a sealer, then with a sealer sealing all the time,
 * then how fast a backlog of unsealed rows is sealed and verified.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openPostgres } from '../db/db.ts';
import { migrateAll } from '../db/schema.ts';
import { recordAudit, sealAudit, verifyAudit } from '../modules/audit/index.ts';

const base = process.env.BENCH_DATABASE_URL;
if (!base) throw new Error('BENCH_DATABASE_URL is required');
const name = `gh_bench_audit_${process.pid}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const db = await openPostgres(url.toString(), 12);
try {
  await migrateAll(db);
  const writers = 8;
  const each = 250;
  const write = async () => {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < each; i++) {
          await db.tx((sql) =>
            recordAudit(sql, null, { action: 'org.update', entity: 'org', entityId: w, after: { i, w } }),
          );
        }
      }),
    );
    return performance.now() - t0;
  };
  await write(); // warm up
  await sealAudit(db, 'sha256');
  const plain = await write();
  let sealing = true;
  let rounds = 0;
  const sealer = (async () => {
    while (sealing) {
      await sealAudit(db, 'sha256');
      rounds++;
    }
  })();
  const sealed = await write();
  sealing = false;
  await sealer;
  await write(); // a backlog of 2,000 unsealed rows
  const s0 = performance.now();
  const n = await sealAudit(db, 'sha256');
  const sealMs = performance.now() - s0;
  const v0 = performance.now();
  const v = await verifyAudit(db);
  const verifyMs = performance.now() - v0;
  const total = writers * each;
  const rate = (ms: number) => Math.round((total / ms) * 1000);
  console.log(`${total} transactions of one audit row, ${writers} writers:`);
  console.log(`  no sealer:            ${Math.round(plain)} ms (${rate(plain)}/s)`);
  console.log(
    `  sealer running:       ${Math.round(sealed)} ms (${rate(sealed)}/s), ${rounds} sealing rounds`,
  );
  console.log(
    `  sealing a backlog:    ${n} rows in ${Math.round(sealMs)} ms (${Math.round((n / sealMs) * 1000)}/s)`,
  );
  console.log(`  verifying the chain:  ${v.rows} rows in ${Math.round(verifyMs)} ms, ok=${v.ok}`);
} finally {
  await db.close();
  await admin.query(`drop database ${name} with (force)`);
  await admin.end();
}
