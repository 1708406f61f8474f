import { aside } from '../../components/aside.ts';

/** What a ledger entry names its payee by. */
export interface PayeeFields {
  personName: string | null;
  orgName: string | null;
  about?: string | null;
}

/**
 * The payee as the ledger shows it: the worker; for a union's own entry, the union and what the entry is for when its
 * application says (a visit's grant: 杨镇总工会（走访慰问：林诺娟）), as the review queue names it; a dash when neither.
 */
export function payeeLine(e: PayeeFields, lang?: string): string {
  if (e.personName) return e.personName;
  if (!e.orgName) return '—';
  return e.about ? `${e.orgName}${aside(e.about, lang)}` : e.orgName;
}
