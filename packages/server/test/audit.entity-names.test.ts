import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { AUDIT_ENTITIES } from '../src/modules/audit/index.ts';
import { MODULES } from '../src/modules.gen.ts';
import { collectAuditNames } from '../src/services.ts';
import { createTestDb } from './test-db.ts';

/**
 * Every object kind of the audit log is named in its 对象 column, on the page and in the export, where it has a name:
 * by a module's `auditNames` (a policy by its title, not 保单：8), or by the log itself (a member, a union, an account,
 * a role), or it is listed below with why it shows its id. A new object kind with a title that none names fails here.
 */

/** Named by the audit service itself: a member and a union by name, an account by its person, a role by its words. */
const NAMED_BY_THE_LOG = ['person', 'org', 'user', 'role'];

/** Object kinds that have no name of their own to show: the id (or nothing) is what identifies them. */
const NO_NAME: Record<string, string> = {
  security_settings: 'the one row of settings',
  audit: 'the log itself (its export, its verification)',
  request: 'a web request refused, no record',
  key: 'a data key, by its version',
  job: 'a background job, by its number',
  ledger_entry: 'a ledger line, by its number',
  payment_batch: 'a payment batch, by its number',
  activities_register: 'a register imported, no record of its own',
  counselling_session_counts: 'a register of counts, no record of its own',
  counselling_booking:
    "a worker's counselling is theirs and the counsellor's alone (ADR 54): the log does not say whose",
  counselling_assessment:
    "a worker's counselling is theirs and the counsellor's alone (ADR 54): the log does not say whose",
  case: "a worker's request, by its number: it may be anonymous, and its words are the worker's",
  station_service_counts: 'a register of counts, no record of its own',
};

const names = collectAuditNames(MODULES);

describe('the audit log names its objects', () => {
  it('names only object kinds the vocabularies declare', () => {
    for (const entity of Object.keys(names)) expect(AUDIT_ENTITIES, entity).toContain(entity);
  });

  it('names every object kind that has a name, or says why it shows an id', () => {
    const unnamed = AUDIT_ENTITIES.filter(
      (e) => !(e in names) && !NAMED_BY_THE_LOG.includes(e) && !(e in NO_NAME),
    );
    expect(unnamed, 'object kinds neither named nor listed with why').toEqual([]);
    // a kind named now is no longer listed as nameless
    const both = Object.keys(NO_NAME).filter((e) => e in names);
    expect(both).toEqual([]);
  });

  describe('each namer on the schema', () => {
    let db: Db;
    beforeAll(async () => {
      db = await createTestDb();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('reads its table and column, for many ids in one query', async () => {
      for (const [entity, name] of Object.entries(names)) {
        const found = await name(db, [1, 2, 3]).catch((e: Error) => e);
        expect(found, `${entity}: ${found instanceof Error ? found.message : ''}`).toBeInstanceOf(Map);
      }
    });
  });
});
