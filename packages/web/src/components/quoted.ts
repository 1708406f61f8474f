import type { TFunction } from 'i18next';

/** A pair of corner brackets with no closing one between them: a name carrying its own quotation (「双千工程」…). */
const OWN_QUOTES = /\u300c[^\u300d]*\u300d/;

/**
 * A name as a message quotes it (common.quoted: 「…」 in Chinese, "…" in English), unless it carries its own 「」,
 * which a second pair would only double (「「双千工程」职工疗休养」) — the server's `quotedName` (shared/text.ts).
 */
export const quotedName = (t: TFunction, name: string) =>
  OWN_QUOTES.test(name) ? name : t('common.quoted', { name });
