import type { AuditAction, AuditEntity } from '../../../../server/src/modules/audit/audit.catalog.ts';
import { ACTION_LABELS, ENTITY_LABELS } from '../../../../server/src/modules/audit/audit.catalog.ts';
import { fieldLabel, fieldWords } from '../../../../server/src/modules/audit/audit.field-words.ts';
import i18n from '../../i18n/index.ts';

type Label = { zh: string; en: string };

/** Field names are the server's (audit.field-words.ts), which the log's .xlsx export says too. */
export { ACTION_LABELS, ENTITY_LABELS, fieldLabel, fieldWords };

const say = (label: Label | undefined, lang: string) =>
  label ? (lang === 'en' ? label.en : label.zh) : undefined;

/** An action in words; one the web does not know yet reads as "other action", never as its code. */
export const actionLabel = (action: string, lang: string) =>
  say(ACTION_LABELS[action as AuditAction], lang) ?? i18n.t('audit.otherAction', { lng: lang });

export const entityLabel = (entity: string, lang: string) =>
  say(ENTITY_LABELS[entity as AuditEntity], lang) ?? i18n.t('audit.otherEntity', { lng: lang });

/** Where a row came from: the caller's address, or the command line (which writes `cli` there). */
export const addressText = (ip: string | null, lang: string): string =>
  ip === 'cli' ? i18n.t('audit.commandLine', { lng: lang }) : (ip ?? '—');
