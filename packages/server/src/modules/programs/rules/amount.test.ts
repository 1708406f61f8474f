import { describe, expect, it } from 'vitest';
import { certificateGradeTiers } from '../programs.test-kit.ts';
import { type AmountRule, computeAmount, type RecordFact, shareOf, validateAmount } from './index.ts';
import { recordFact } from './record-fact.fixture.ts';

const rec = (over: Partial<RecordFact>) => recordFact({ kind: 'award', subjectKey: 'x', ...over });

describe('amounts in fen', () => {
  it('fixed and none', () => {
    expect(computeAmount({ kind: 'fixed', fen: 50000 })).toBe(50000);
    expect(computeAmount({ kind: 'none' })).toBe(0);
  });

  it('tiers by award level, rank and certificate grade', () => {
    const byLevel: AmountRule = {
      kind: 'tier',
      by: 'award.level',
      tiers: [
        { key: 'city', fen: 100000 },
        { key: 'national', fen: 300000 },
        { key: 'international', fen: 500000 },
      ],
    };
    expect(computeAmount(byLevel, { subject: rec({ level: 'city' }) })).toBe(100000);
    expect(computeAmount(byLevel, { subject: rec({ level: 'national' }) })).toBe(300000);
    expect(computeAmount(byLevel, { subject: rec({ level: 'district' }) })).toBe(0);
    expect(computeAmount(byLevel, {})).toBe(0);
    expect(computeAmount(byLevel, { subject: rec({ kind: 'certificate', grade: 1 }) })).toBe(0);
    const byRank: AmountRule = {
      kind: 'tier',
      by: 'award.rank',
      tiers: [
        { key: '冠军', fen: 200000 },
        { key: '二等奖', fen: 80000 },
      ],
    };
    expect(computeAmount(byRank, { subject: rec({ rank: '二等奖' }) })).toBe(80000);
    const byGrade = certificateGradeTiers;
    expect(computeAmount(byGrade, { subject: rec({ kind: 'certificate', grade: 2 }) })).toBe(200000);
    expect(computeAmount(byGrade, { subject: rec({ kind: 'certificate', grade: 4 }) })).toBe(0);
  });

  it('tiers chosen by the reviewer (seed 002 innovation projects)', () => {
    const choice: AmountRule = {
      kind: 'tier',
      by: 'choice',
      tiers: [
        { key: 'first', fen: 10_000_000, label: '一等' },
        { key: 'second', fen: 5_000_000 },
        { key: 'third', fen: 3_000_000 },
      ],
    };
    expect(computeAmount(choice, { choiceKey: 'second' })).toBe(5_000_000);
    expect(computeAmount(choice)).toBe(10_000_000);
    expect(() => computeAmount(choice, { choiceKey: 'fourth' })).toThrow(/not one of this program/);
  });

  it('a share of the training fee, capped; 100% is the full fee', () => {
    const training = rec({ kind: 'training', feeFen: 123456 });
    expect(computeAmount({ kind: 'fee_share', percent: 100 }, { subject: training })).toBe(123456);
    expect(computeAmount({ kind: 'fee_share', percent: 50 }, { subject: training })).toBe(61728);
    expect(computeAmount({ kind: 'fee_share', percent: 50, capFen: 60000 }, { subject: training })).toBe(
      60000,
    );
    expect(computeAmount({ kind: 'fee_share', percent: 100, capFen: 200000 }, { subject: training })).toBe(
      123456,
    );
    expect(computeAmount({ kind: 'fee_share', percent: 80 }, { feeFen: 99999 })).toBe(79999);
    expect(computeAmount({ kind: 'fee_share', percent: 100 }, {})).toBe(0);
  });

  it('shares truncate to whole fen exactly, also for large fees', () => {
    expect(shareOf(333, 33)).toBe(109);
    expect(shareOf(1, 99)).toBe(0);
    expect(shareOf(999_999_999_99, 33)).toBe(32_999_999_999);
  });

  it('per unit (seed 002: ¥3,000 per invention patent)', () => {
    expect(computeAmount({ kind: 'per_unit', unitFen: 300000 })).toBe(300000);
    expect(computeAmount({ kind: 'per_unit', unitFen: 300000 }, { units: 3 })).toBe(900000);
  });
});

describe('amount validation', () => {
  it('accepts the seed amounts and refuses malformed ones with a path', () => {
    expect(validateAmount({ kind: 'per_unit', unitFen: 300000 })).toEqual([]);
    expect(validateAmount({ kind: 'fee_share', percent: 100 })).toEqual([]);
    expect(validateAmount({ kind: 'fixed', fen: 1.5 })[0].path).toBe('amount.fen');
    expect(validateAmount({ kind: 'fee_share', percent: 0 })[0].path).toBe('amount.percent');
    expect(
      validateAmount({ kind: 'tier', by: 'award.level', tiers: [{ key: 'galactic', fen: 1 }] })[0].path,
    ).toBe('amount.tiers.0.key');
    expect(
      validateAmount({
        kind: 'tier',
        by: 'award.rank',
        tiers: [
          { key: '冠军', fen: 1 },
          { key: '冠军', fen: 2 },
        ],
      })[0].zh,
    ).toContain('重复');
    expect(validateAmount({ kind: 'bonus' })[0].path).toBe('amount.kind');
    expect(validateAmount({ kind: 'fixed', fen: 1, extra: 1 })[0].path).toBe('amount.extra');
  });
});
