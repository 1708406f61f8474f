/**
 * Amounts in integer fen: computeAmount for one application, amountSql for the same figure over sets
 * (simulation, proposals). The two agree by construction: integer arithmetic only, truncating shares.
 */
import { invalid } from '../../../shared/errors.ts';
import type { AmountRule, RecordFact, RecordKind } from './rule.types.ts';

export interface AmountContext {
  /** The record the application is about (certificate, award, training, patent). */
  subject?: RecordFact | null;
  /** The reviewer's choice for `tier by choice`. Without it the highest tier counts (an upper bound). */
  choiceKey?: string | null;
  /** The fee for `fee_share` when there is no training record as subject. */
  feeFen?: number | null;
  /** Units for `per_unit` (default 1: one per subject). */
  units?: number;
}

/** The record kind an amount reads from, if any (a tier by award level needs an award). */
export function amountRecordKind(amount: AmountRule): RecordKind | null {
  if (amount.kind === 'fee_share') return 'training';
  if (amount.kind !== 'tier') return null;
  if (amount.by === 'award.level' || amount.by === 'award.rank') return 'award';
  if (amount.by === 'certificate.grade') return 'certificate';
  return null;
}

/** True when a reviewer must pick the tier (`tier by choice`). */
export const amountNeedsChoice = (amount: AmountRule) => amount.kind === 'tier' && amount.by === 'choice';

/** a × percent / 100, truncated, in exact integer arithmetic. */
export function shareOf(fen: number, percent: number): number {
  const x = fen * percent;
  return (x - (x % 100)) / 100;
}

function tierKey(
  amount: Extract<AmountRule, { kind: 'tier' }>,
  r: RecordFact | null | undefined,
): string | null {
  if (!r) return null;
  switch (amount.by) {
    case 'award.level':
      return r.kind === 'award' ? r.level : null;
    case 'award.rank':
      return r.kind === 'award' ? r.rank : null;
    case 'certificate.grade':
      return r.kind === 'certificate' && r.grade !== null ? String(r.grade) : null;
    default:
      return null;
  }
}

/** The amount in fen for one application. */
export function computeAmount(amount: AmountRule, ctx: AmountContext = {}): number {
  switch (amount.kind) {
    case 'fixed':
      return amount.fen;
    case 'none':
      return 0;
    case 'per_unit':
      return amount.unitFen * (ctx.units ?? 1);
    case 'fee_share': {
      const fee = ctx.subject ? (ctx.subject.feeFen ?? 0) : (ctx.feeFen ?? 0);
      const share = shareOf(fee, amount.percent);
      return amount.capFen == null ? share : Math.min(share, amount.capFen);
    }
    case 'tier': {
      if (amount.by === 'choice') {
        if (ctx.choiceKey == null) return Math.max(...amount.tiers.map((t) => t.fen));
        const tier = amount.tiers.find((t) => t.key === ctx.choiceKey);
        if (!tier) {
          throw invalid(
            'AMOUNT_CHOICE_UNKNOWN',
            {
              zh: `档次 ${ctx.choiceKey} 不在本计划的金额分档中`,
              en: `Tier ${ctx.choiceKey} is not one of this program's amount tiers`,
            },
            { field: 'choiceKey' },
          );
        }
        return tier.fen;
      }
      const key = tierKey(amount, ctx.subject);
      return amount.tiers.find((t) => t.key === key)?.fen ?? 0;
    }
  }
}

/**
 * The same amount as a SQL expression (bigint) over the records row `recordAlias` (null when there is
 * none: record-based amounts are then 0). Values are bind parameters numbered from paramOffset + 1.
 */
export function amountSql(
  amount: AmountRule,
  recordAlias: string | null,
  paramOffset = 0,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (v: unknown, type: string) => {
    params.push(v);
    return `$${paramOffset + params.length}::${type}`;
  };
  const r = recordAlias;
  let sql: string;
  switch (amount.kind) {
    case 'fixed':
      sql = bind(amount.fen, 'bigint');
      break;
    case 'none':
      sql = '0::bigint';
      break;
    case 'per_unit':
      sql = bind(amount.unitFen, 'bigint');
      break;
    case 'fee_share': {
      if (!r) {
        sql = '0::bigint';
        break;
      }
      const share = `((coalesce(${r}.fee_fen, 0) * ${bind(amount.percent, 'bigint')}) / 100)`;
      sql = amount.capFen == null ? share : `least(${share}, ${bind(amount.capFen, 'bigint')})`;
      break;
    }
    case 'tier': {
      if (amount.by === 'choice') {
        sql = bind(Math.max(...amount.tiers.map((t) => t.fen)), 'bigint');
        break;
      }
      if (!r) {
        sql = '0::bigint';
        break;
      }
      const [col, kind, type] =
        amount.by === 'award.level'
          ? ['level', 'award', 'text']
          : amount.by === 'award.rank'
            ? ['rank', 'award', 'text']
            : ['grade', 'certificate', 'int'];
      const whens = amount.tiers
        .map(
          (t) => `when ${bind(type === 'int' ? Number(t.key) : t.key, type)} then ${bind(t.fen, 'bigint')}`,
        )
        .join(' ');
      sql = `(case when ${r}.kind = ${bind(kind, 'text')} then (case ${r}.${col} ${whens} else 0::bigint end) else 0::bigint end)`;
      break;
    }
  }
  return { sql, params };
}
