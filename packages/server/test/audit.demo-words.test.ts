/**
 * Every field of every audit row the demo writes is said in words, in both languages: the demo runs each module's
 * real services, so a field a service audits through a value typed loosely (a `Record<string, unknown>` built in a
 * step) — which the web's audit-fields test, reading types, cannot see — is found here before it reaches the page or
 * the export's 变更内容 as a key. No value is said as raw JSON or as a code of several words either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import {
  type AuditWording,
  auditValueText,
  changedFields,
  changeLines,
  HIDDEN,
} from '../src/modules/audit/audit.changes.ts';
import { fieldWords } from '../src/modules/audit/audit.field-words.ts';
import { programAuditWords } from '../src/modules/programs/programs.audit-words.ts';
import { MODULES } from '../src/modules.gen.ts';
import { collectAuditNames } from '../src/services.ts';
import { createDemoDb } from './demo-db.ts';

/** Values said whole by their own words (a program's rule and amount, an evidence window), not field by field. */
const SAID_WHOLE = new Set(['rule', 'amount', 'evidenceWindow']);

let db: Db;
beforeAll(async () => {
  db = await createDemoDb(200);
}, 600_000);
afterAll(async () => {
  await db?.close();
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a code would be written (`invention_patent`, `stars`): said as itself, it reaches the reader raw. */
const CODE = /^[a-z][a-z0-9_]*$/;
/** Field names that hold a code (a status, a kind, a level …), whose values a reader needs in words. */
const CODED_FIELD =
  /(status|kind|level|type|result|mode|channel|role|stage|method|category|causes|services|identity|missed|health|intake|outcome|state|gender)$/i;

const wording: AuditWording = {
  lang: 'zh',
  own: (entity, field, value) => programAuditWords(entity, field, value, 'zh'),
};

/**
 * The coded values of a field said as their code (`entity.field: code`), at any depth the page and the export say
 * them (records two deep, through lists), as auditValueText descends into a value.
 */
function bareCodes(
  entity: string,
  key: string,
  v: unknown,
  depth: number,
  out: Set<string>,
  parent?: string,
): void {
  if (Array.isArray(v)) for (const x of v) bareCodes(entity, key, x, depth, out, parent);
  else if (isRecord(v) && depth < 2)
    for (const [k, x] of Object.entries(v)) {
      if (!HIDDEN.has(k) && !SAID_WHOLE.has(k)) bareCodes(entity, k, x, depth + 1, out, key);
    }
  else if (typeof v === 'string' && CODE.test(v) && CODED_FIELD.test(key))
    if (auditValueText(entity, key, v, wording, depth, parent) === v)
      out.add(`${entity}.${parent ? `${parent}.` : ''}${key}: ${v}`);
}

/** The field names a value shows, as the page and the export descend into it (records two deep, through lists). */
function shownFields(v: unknown, depth: number, out: Set<string>): void {
  if (Array.isArray(v)) for (const x of v) shownFields(x, depth + 1, out);
  else if (isRecord(v) && depth < 2)
    for (const [k, x] of Object.entries(v)) {
      if (HIDDEN.has(k)) continue;
      out.add(k);
      if (!SAID_WHOLE.has(k)) shownFields(x, depth + 1, out);
    }
}

describe('the demo’s audit log in words', () => {
  it('names every field it shows, and says no value as JSON', async () => {
    const { rows } = await db.query<{ action: string; entity: string; before: unknown; after: unknown }>(
      'select action, entity, before, after from audit_log',
    );
    expect(rows.length).toBeGreaterThan(1000);
    const unnamed = new Map<string, string>();
    const json = new Map<string, string>();
    for (const r of rows) {
      const fields = new Set<string>();
      shownFields(r.before, 0, fields);
      shownFields(r.after, 0, fields);
      for (const k of fields) if (!fieldWords(k, r.entity)) unnamed.set(`${r.entity}.${k}`, r.action);
      const lines = changeLines(r.entity, r.before, r.after, wording);
      for (const line of lines) {
        if (/[{[]"/.test(line)) json.set(r.action, line);
        // a code of several words (single_parent_proof) said as itself, at any depth, in a field of any name
        const code = /(?<![\w.@/-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.@/-])/.exec(line);
        if (code) json.set(r.action, line);
      }
    }
    expect(Object.fromEntries(unnamed), 'fields with no words (entity.field: an action writing it)').toEqual(
      {},
    );
    expect(Object.fromEntries(json), 'values said as JSON or as a code (action: its line)').toEqual({});
  });

  it('says no coded value (a status, a kind, a level …) as its bare code', async () => {
    const { rows } = await db.query<{ action: string; entity: string; before: unknown; after: unknown }>(
      'select action, entity, before, after from audit_log',
    );
    const bare = new Map<string, string>();
    for (const r of rows)
      for (const k of changedFields(r.before, r.after))
        for (const side of [r.before, r.after]) {
          if (!isRecord(side) || !(k in side) || SAID_WHOLE.has(k)) continue;
          if (wording.own?.(r.entity, k, side[k]) != null) continue;
          const found = new Set<string>();
          bareCodes(r.entity, k, side[k], 0, found);
          for (const code of found) bare.set(code, r.action);
        }
    expect(Object.fromEntries(bare), 'codes said as themselves (entity.field: code → an action)').toEqual({});
  });

  it('names every object of a kind its module names (audit.entity-names.test.ts), as it stands in the data', async () => {
    const { rows } = await db.query<{ entity: string; id: string }>(
      "select distinct entity, entity_id as id from audit_log where entity_id ~ '^[0-9]+$'",
    );
    const unnamed: Record<string, number> = {};
    for (const [entity, name] of Object.entries(collectAuditNames(MODULES))) {
      const ids = rows.filter((r) => r.entity === entity).map((r) => Number(r.id));
      const names = await name(db, ids);
      const missing = ids.filter((id) => !names.get(id));
      if (missing.length) unnamed[entity] = missing.length;
    }
    expect(unnamed, 'objects the log would show by their id alone (kind: how many)').toEqual({});
  });
});
