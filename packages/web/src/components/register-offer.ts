import { ApiError } from '../api/client.ts';

/**
 * The counts a register answers, beside `created`, for the records already on it that an import changes: the holiday
 * calendar's days changed and removed (cases.holidays.ts), the model workers on the register the rows give a title
 * or a status they lack (`updated`, modelworkers.import.ts). The other registers count in `created` whatever a row brings in, records
 * they add to included (an achievement's new patent, a studio's new level).
 */
const CHANGING = ['updated', 'changed', 'removed'] as const;

/** What a check (预检) without an error offers to do with the file. */
export type RegisterOffer =
  /** Import: `count` new records (导入 N 条). */
  | { kind: 'create'; count: number }
  /** Import: it creates nothing but changes records on the register (导入). */
  | { kind: 'change' }
  /** Nothing: every one of the file's `rows` is on the register already, or it has none; choose another file. */
  | { kind: 'nothing'; rows: number };

/**
 * What a clean check answered offers: an import of what it creates or changes, or — when it would create nothing and
 * change nothing — no import at all.
 */
export function registerOffer(answer: { created: number; total: number; onRecord?: number }): RegisterOffer {
  if (answer.created > 0) return { kind: 'create', count: answer.created };
  const counts = answer as unknown as Partial<Record<(typeof CHANGING)[number], unknown>>;
  const changes = CHANGING.some((k) => typeof counts[k] === 'number' && counts[k] > 0);
  // a register that counts the records on it already (a ledger sent again whole) says how many
  return changes ? { kind: 'change' } : { kind: 'nothing', rows: answer.onRecord || answer.total };
}

/**
 * Whether a failed check or import is worth sending again with the same file: it said nothing of the file — no answer
 * came (the network), the server failed or asked to wait (5xx, 429). A refusal of the file (its type, its headers, a
 * file imported already) is not: another file is what it asks for.
 */
export function retriable(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return err.status === 0 || err.status >= 500 || err.status === 429;
}
