import { MODULE_VOCABULARIES } from '../../vocabulary.gen.ts';
import { type AuditActionOf, type AuditEntityOf, type Label, unionOf } from '../../vocabulary.ts';

/**
 * Every action and object type the audit log holds, in words in both languages: the union of what each module
 * declares in its vocabulary (`modules/<m>/<m>.vocabulary.ts`, ADR 92). `recordAudit` accepts only these, and the
 * web's audit page and the log's .xlsx export read their names from here, so no internal code reaches the screen.
 */
type Words = (typeof MODULE_VOCABULARIES)[number];

export type AuditAction = AuditActionOf<Words>;
export type AuditEntity = AuditEntityOf<Words>;

/** Every action the server writes to the audit log, in words. */
export const ACTION_LABELS = unionOf<Label>(MODULE_VOCABULARIES, 'auditActions') as Record<
  AuditAction,
  Label
>;
/** Every object type in the audit log, in words. */
export const ENTITY_LABELS = unionOf<Label>(MODULE_VOCABULARIES, 'auditEntities') as Record<
  AuditEntity,
  Label
>;

/** The words of the fields of their own objects the modules declare (`auditFields`, ADR 156), by object and field. */
export const MODULE_FIELD_WORDS = unionOf<Readonly<Record<string, Label>>>(
  MODULE_VOCABULARIES,
  'auditFields',
);
/** The words of the codes of their own objects' fields the modules declare (`auditValues`, ADR 156). */
export const MODULE_CODE_WORDS = unionOf<Readonly<Record<string, Readonly<Record<string, Label>>>>>(
  MODULE_VOCABULARIES,
  'auditValues',
);

export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as readonly AuditAction[];
export const AUDIT_ENTITIES = Object.keys(ENTITY_LABELS) as readonly AuditEntity[];
