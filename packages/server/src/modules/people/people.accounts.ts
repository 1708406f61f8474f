import type { IdProtector } from './id-protector.ts';

/**
 * A member's bank account and 京卡 numbers: read as typed (spaces, dashes, full-width digits), stored encrypted
 * with a keyed hash, shown masked. Pure functions, no I/O.
 */
export const ACCOUNT_KINDS = ['bankAccount', 'jingka'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ACCOUNT_LABEL: Record<AccountKind, { zh: string; en: string }> = {
  bankAccount: { zh: '银行卡号', en: 'bank account number' },
  jingka: { zh: '京卡号', en: 'Jingka (Beijing union card) number' },
};

/** A number as typed: full-width digits made ordinary, spaces and dashes between groups removed. */
export function normaliseAccountNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\-–—]/g, '');
}

/** A bank account or 京卡 number: 12 to 30 digits once spaces and dashes are removed; null if not one. */
export function parseAccountNumber(raw: string): string | null {
  const number = normaliseAccountNumber(raw);
  return /^\d{12,30}$/.test(number) ? number : null;
}

/** 6222********1234: the first four and the last four stay visible. */
export function maskAccountNumber(number: string): string {
  return `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}

/** Whether a cell shows a number masked (holds *), as a masked export writes it. */
export function isMaskedAccount(raw: string): boolean {
  return normaliseAccountNumber(raw).includes('*');
}

/** What is stored for a number: its cipher, its mask and its keyed hash. */
export interface StoredAccount {
  cipher: string;
  masked: string;
  hash: string;
}

export function protectAccount(ids: IdProtector, number: string): StoredAccount {
  return { cipher: ids.encrypt(number), masked: maskAccountNumber(number), hash: ids.hash(number) };
}

export function accountInvalid(kind: AccountKind, value: string) {
  const label = ACCOUNT_LABEL[kind];
  return {
    zh: `${label.zh}“${value}”格式错误，应为12至30位数字`,
    en: `The ${label.en} "${value}" is malformed; 12 to 30 digits expected`,
  };
}
