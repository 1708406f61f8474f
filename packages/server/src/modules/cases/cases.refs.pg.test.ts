/**
 * The references a request's events name, checked per statement (ADR 95), lock their parents as a key does: a
 * request named by an insert still open cannot be locked for removal until that insert ends. Two connections:
 * PostgreSQL only.
 */
import { expect, it } from 'vitest';
import { refsWorld, refused } from '../../../test/cases-refs-kit.ts';
import { worldPerFile } from '../../../test/world-kit.ts';

const w = worldPerFile(refsWorld);

it('locks the request an open insert names, as a key does: it cannot be removed until that insert ends', async () => {
  const [a] = await w.insertCases([{}]);
  let inserted!: () => void;
  let finish!: () => void;
  const insertedP = new Promise<void>((r) => (inserted = r));
  const finishP = new Promise<void>((r) => (finish = r));
  const writer = w.db.tx(async (sql) => {
    await w.insertEvents([{ caseId: a }], sql);
    inserted();
    await finishP;
  });
  await insertedP;
  const lock = w.db.tx((sql) => sql.query('select id from cases where id = $1 for update nowait', [a]));
  const e = (await lock.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string } | null;
  finish();
  await writer;
  expect(e?.code, 'the request is locked while the insert naming it is open').toBe('55P03');
  await refused(w.db.query('delete from cases where id = $1', [a]), 'case_events_case_id_fkey');
});
