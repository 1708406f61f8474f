import type { Permission } from '../../access/access.ts';
import { PERMISSION_NAMES } from '../../access/permission-names.ts';
import { momentInChina } from '../../shared/dates.ts';
import { formatYuan } from '../../shared/money.ts';
import type { Label } from '../../vocabulary.ts';
import { fieldLabel } from './audit.field-words.ts';
import { AUDIT_VALUE_WORDS, valueWordsIn, valueWordsOf, WINDOW_WORDS } from './audit.value-words.ts';
import { AUDIT_PERSON_FIELDS, AUDIT_UNION_FIELDS } from './audit.vocabulary.ts';

/**
 * What an audit row's change says in words, field by field and value by value: one source for the audit page
 * (the web imports this file, which reaches no database) and the 变更内容 column of the log's .xlsx export.
 */

/** Bookkeeping kept with a record that says nothing to a reader of the log (at any depth of a value). */
export const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'counts',
  'usage',
  'path',
  'ownerOrgPath',
  'ownerOrgLevel',
  'ownerOrgId',
  'currentVersion',
  'presetKey',
  'requestKey',
  'entriesDigest',
  'digest',
  'seed',
  'jobId',
  'scopePath',
  'fileId',
  'assignmentId',
]);

/** Fields holding the id of a program, member or ledger entry: shown as its number ("#7"), as the log's object column does. */
const ID_FIELDS = new Set(['programId', 'reversalId', 'prerequisiteProgramId', 'handlerUserId']);

/** Fields holding a member's id: shown by the member's name, which the log answers beside the row. */
const PERSON_FIELDS = new Set<string>(AUDIT_PERSON_FIELDS);

/** Fields holding a union's id: shown by the union's name, which the log answers beside the row. */
const UNION_FIELDS = new Set<string>(AUDIT_UNION_FIELDS);

/** The names the log answers beside a row: unions and members by id, request categories by code. */
export interface AuditValueNames {
  unions: Record<string, string>;
  persons: Record<string, string>;
  /** Request categories by code, as named now: one added at run time has no words in code (optional). */
  categories?: Record<string, Label>;
}

/** How a change is said: in which language, with which names, a moment in which time (China time unless told). */
export interface AuditWording {
  lang: 'zh' | 'en';
  names?: AuditValueNames;
  /** A moment (an ISO time) in words; the page gives its own (the reader's clock), the export China time. */
  moment?: (iso: string) => string;
  /**
   * A changed field's whole value said by its owner (a program's rule or amount, a kind of record), or null to say
   * it here; the page renders those itself.
   */
  own?: (entity: string, field: string, value: unknown) => string | null;
}

const NO_NAMES: AuditValueNames = { unions: {}, persons: {} };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** 123456 → "¥1,234.56", -100 → "-¥1.00": as every page writes an amount. */
const yuan = (fen: number) => (fen < 0 ? `-¥${formatYuan(-fen)}` : `¥${formatYuan(fen)}`);

/** A coded value in words from its list (the first of its lists that says it); the code itself when none does. */
function coded(
  lists: string | readonly string[],
  v: string | number,
  lang: 'zh' | 'en',
  fallback?: string,
): string {
  for (const list of typeof lists === 'string' ? [lists] : lists) {
    const words = valueWordsIn(list);
    const word = words?.[String(v)] ?? (fallback ? words?.[fallback] : undefined);
    if (word) return word[lang];
  }
  return String(v);
}

/**
 * A value from an audit record in words: coded values, amounts, times, lists and nested fields. `parent` is the
 * field whose record holds this one (an achievement's `patent` for its `type`), where the code's list depends on it.
 */
export function auditValueText(
  entity: string,
  key: string,
  v: unknown,
  wording: AuditWording,
  depth = 0,
  parent?: string,
): string {
  const { lang } = wording;
  const en = lang === 'en';
  const names = wording.names ?? NO_NAMES;
  if (v === null || v === undefined || v === '') return en ? '(empty)' : '（空）';
  if (typeof v === 'boolean') return v ? (en ? 'Yes' : '是') : en ? 'No' : '否';
  if (typeof v === 'number' && /Fen$/.test(key)) return yuan(v);
  if (typeof v === 'number' && UNION_FIELDS.has(key))
    return names.unions[v] ?? (en ? `Union #${v}` : `工会 #${v}`);
  if (typeof v === 'number' && PERSON_FIELDS.has(key))
    return names.persons[v] ?? (en ? `Member #${v}` : `会员 #${v}`);
  if (typeof v === 'number' && ID_FIELDS.has(key)) return `#${v}`;
  // Review steps are counted from 0 in the record; a reader counts from the first level.
  if (typeof v === 'number' && key === 'step') return en ? `Level ${v + 1}` : `第${v + 1}级`;
  // a role's withdrawn permissions (ADR 85), named as the roles page names them
  if ((entity === 'role' || key === 'permission') && typeof v === 'string' && v in PERMISSION_NAMES)
    return PERMISSION_NAMES[v as Permission][en ? 'en' : 'zh'];
  // why a request was refused: in words, a refusal without its own words said as one
  if (entity === 'request' && key === 'refusal' && typeof v === 'string')
    return coded('audit.refusal', v, lang, 'other');
  // a request's category by its name now, which a category added at run time has only in its row
  const category = entity === 'case' && key === 'category' && typeof v === 'string' && names.categories?.[v];
  if (category) return category[lang];
  if (key === 'evidenceWindow' && isRecord(v)) return windowText(v, lang);
  // a key rotation's algorithm, as the operator names it (docs/deploy.md, "Keys")
  if (entity === 'key' && key === 'algorithm' && typeof v === 'string')
    return { sm4: 'SM4 / HMAC-SM3', aes: 'AES-256-GCM / HMAC-SHA256' }[v] ?? v;
  const list = valueWordsOf(entity, key, parent);
  if (list && (typeof v === 'string' || typeof v === 'number')) return coded(list, v, lang);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return (wording.moment ?? momentInChina)(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  // a list is no level of its own: its records are said as deep as the record holding the list
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => auditValueText(entity, key, x, wording, depth, parent)).join(en ? ', ' : '、')
      : en
        ? '(none)'
        : '（无）';
  // a thing named in both languages ({ key, zh, en }: a program's required evidence …) is said by its name
  if (isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string') return en ? v.en : v.zh;
  // a union or a member named beside its id ({ orgId, name }) is said by its name
  if (isRecord(v) && typeof v.name === 'string' && Object.keys(v).every((k) => k === 'name' || /Id$/.test(k)))
    return v.name;
  if (isRecord(v) && depth < 2)
    return (
      Object.entries(v)
        // a union named beside its id ({ orgId, orgName }) is said once, by its name
        .filter(([k]) => !HIDDEN.has(k) && !(k === 'orgId' && typeof v.orgName === 'string'))
        .map(
          ([k, x]) =>
            `${fieldLabel(k, lang, entity)}: ${auditValueText(entity, k, x, wording, depth + 1, key)}`,
        )
        .join(en ? '; ' : '；')
    );
  return JSON.stringify(v);
}

/** A program's evidence window as its editor names it ("含之前 1 年", "2020-01-01 至 2020-12-31"). */
function windowText(w: Record<string, unknown>, lang: 'zh' | 'en'): string {
  if (w.kind === 'years') return `${WINDOW_WORDS.before[lang]} ${w.before} ${WINDOW_WORDS.years[lang]}`;
  if (w.kind === 'dates') return `${w.from} ${WINDOW_WORDS.to[lang]} ${w.to}`;
  return AUDIT_VALUE_WORDS['prog.window.kind'][String(w.kind)]?.[lang] ?? '—';
}

/**
 * The fields a change shows: a record only created or only removed, all its fields; both sides of an update, only
 * the fields that differ. Bookkeeping (HIDDEN) is left out.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !HIDDEN.has(k) && !same(b[k], a[k]),
  );
}

/**
 * A change as lines of text, one a field, as the audit page shows it: "级别：区级劳模 → 市级劳模"; a field only
 * one side holds shows "—" on the other, as the page does, and a row with only `after` (a record created, a count
 * written) lists the values set ("人数：3"). Empty when nothing changed.
 */
export function changeLines(
  entity: string,
  before: unknown,
  after: unknown,
  wording: AuditWording,
): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const onlyAfter = !isRecord(before);
  const colon = wording.lang === 'en' ? ': ' : '：';
  const side = (r: Record<string, unknown>, k: string) =>
    k in r ? (wording.own?.(entity, k, r[k]) ?? auditValueText(entity, k, r[k], wording)) : '—';
  return changedFields(before, after).map((k) => {
    const label = fieldLabel(k, wording.lang, entity);
    return onlyAfter ? `${label}${colon}${side(a, k)}` : `${label}${colon}${side(b, k)} → ${side(a, k)}`;
  });
}
