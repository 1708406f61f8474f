import { ROLES, type Role } from './access/role-list.ts';

/**
 * The shared vocabularies a module adds to from its own folder (ADR 92): its permissions (with their names on 角色与权限
 * and the built-in roles that hold them), its audit actions and objects (with their names on the audit page), and the
 * areas of its statistics pages, the kinds of in-app message it writes. Each module declares them in `modules/<m>/<m>.vocabulary.ts` as
 * `export const vocabulary = defineVocabulary({ … })`, a file of words only (it imports nothing but this one, so the
 * web reads it too); `vocabulary.gen.ts` (written by `npm run gen:modules`) lists them, and `access/roles.ts`,
 * `modules/audit/audit.catalog.ts` and `modules/reporting` are their union. The keys stay literal types: a
 * permission or an audit action no module declares fails typecheck.
 */

/** Every built-in role, for a permission every account holds (its own account, its to-do list). */
export const EVERY_ROLE = ROLES;
/** A union's office that reads a register or a page: its staff, its manager, its reviewers, and the administrator. */
export const READ_ROLES = ['admin', 'manager', 'staff', 'reviewer'] as const satisfies readonly Role[];
/** A union's office that keeps a register (enters, corrects, decides): reviewers only read. */
export const WRITE_ROLES = ['admin', 'manager', 'staff'] as const satisfies readonly Role[];

/** A word in both languages. */
export interface Label {
  zh: string;
  en: string;
}

/** A permission in words, and the built-in roles that hold it. */
export interface PermissionWords extends Label {
  roles: readonly Role[];
}

export interface Vocabulary {
  /** Its permissions by key (`<area>.<verb>`). */
  permissions?: { readonly [key: string]: PermissionWords };
  /** The actions its audit rows carry, by key, in words. */
  auditActions?: { readonly [key: string]: Label };
  /** The objects its audit rows name, by key, in words. */
  auditEntities?: { readonly [key: string]: Label };
  /**
   * The fields its audit rows carry (their before and after values), by its object and field, in words: those the
   * shared words (modules/audit/audit.field-words*.ts) do not say, or say otherwise for its objects (ADR 156).
   */
  auditFields?: { readonly [entity: string]: { readonly [field: string]: Label } };
  /**
   * The codes a field of its audit rows holds, by its object, field and code, in words (ADR 156): the audit page and
   * the log's export say them so; its own pages may read them from here too.
   */
  auditValues?: {
    readonly [entity: string]: { readonly [field: string]: { readonly [code: string]: Label } };
  };
  /** The areas of its statistics pages, whose years `GET /api/reports/years` answers. */
  reportingAreas?: readonly string[];
  /**
   * Its area of the staff menu that folds under 更多服务 until a union uses it (ADR 76): its manifest's `menuUsage`
   * tells whether a union has.
   */
  menuArea?: string;
  /**
   * The kinds of in-app message (messages.kind) it writes, by key, each with who gets it and the SMS it may also go
   * by (ADR 157).
   */
  messageKinds?: { readonly [kind: string]: MessageKindWords };
}

/** Who a kind of in-app message is written to. */
export type MessageAudience = 'worker' | 'staff' | 'both';

/** A kind of in-app message: who gets it, and the SMS its receivers may also choose to get it by. */
export interface MessageKindWords {
  /** `worker` (a member, on the phone pages), `staff` (union or counsellor accounts) or `both`. */
  to: MessageAudience;
  /**
   * The SMS's name, as the SMS template page and a receiver's SMS settings say it (its template takes the message's
   * title; a kind only staff get is offered to staff only); or why it never goes by SMS.
   */
  sms: Label | { never: string };
}

/** Declares a module's vocabulary, its keys kept as literal types. */
export function defineVocabulary<const V extends Vocabulary>(vocabulary: V): V {
  return vocabulary;
}

type KeysIn<V, K extends 'permissions' | 'auditActions' | 'auditEntities' | 'messageKinds'> = V extends {
  readonly [P in K]: infer R;
}
  ? keyof R & string
  : never;

/** The permissions some of these vocabularies declare. */
export type PermissionOf<V> = KeysIn<V, 'permissions'>;
/** The audit actions some of these vocabularies declare. */
export type AuditActionOf<V> = KeysIn<V, 'auditActions'>;
/** The audit objects some of these vocabularies declare. */
export type AuditEntityOf<V> = KeysIn<V, 'auditEntities'>;
/** The message kinds some of these vocabularies declare. */
export type MessageKindOf<V> = KeysIn<V, 'messageKinds'>;
/** The statistics areas some of these vocabularies declare. */
export type ReportingAreaOf<V> = V extends { readonly reportingAreas: readonly (infer A)[] } ? A : never;
/** The menu areas some of these vocabularies declare. */
export type MenuAreaOf<V> = V extends { readonly menuArea: infer A } ? A : never;

/**
 * One part of every vocabulary together, in their order; a key two vocabularies declare is an error at start (and
 * in test/module-list.test.ts), never a silent overwrite.
 */
export function unionOf<T>(
  vocabularies: readonly Vocabulary[],
  part: 'permissions' | 'auditActions' | 'auditEntities' | 'auditFields' | 'auditValues' | 'messageKinds',
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const v of vocabularies) {
    for (const [key, words] of Object.entries(v[part] ?? {})) {
      if (key in out) throw new Error(`vocabulary: '${key}' (${part}) is declared twice`);
      out[key] = words as T;
    }
  }
  return out;
}

/** Every statistics area, in the vocabularies' order; one declared twice is an error. */
export function areasOf(vocabularies: readonly Vocabulary[]): string[] {
  const out: string[] = [];
  for (const a of vocabularies.flatMap((v) => v.reportingAreas ?? [])) {
    if (out.includes(a)) throw new Error(`vocabulary: the statistics area '${a}' is declared twice`);
    out.push(a);
  }
  return out;
}

/** Every menu area, in the vocabularies' order; one declared twice is an error. */
export function menuAreasOf(vocabularies: readonly Vocabulary[]): string[] {
  const out: string[] = [];
  for (const v of vocabularies) {
    if (v.menuArea === undefined) continue;
    if (out.includes(v.menuArea))
      throw new Error(`vocabulary: the menu area '${v.menuArea}' is declared twice`);
    out.push(v.menuArea);
  }
  return out;
}
