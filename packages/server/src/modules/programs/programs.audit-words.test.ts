import { describe, expect, it } from 'vitest';
import { programAuditWords } from './programs.audit-words.ts';
import { describeRule, type Rule } from './rules/index.ts';

describe("a program's values in the audit log's export", () => {
  it('says a rule, an amount and a record kind in words, and leaves other fields to the log', () => {
    expect(programAuditWords('program', 'amount', { kind: 'fixed', fen: 50000 }, 'zh')).toBe('500.00元');
    expect(programAuditWords('program', 'amount', { kind: 'fixed', fen: 50000 }, 'en')).toBe('¥500.00');
    expect(programAuditWords('program', 'subjectKind', 'certificate', 'zh')).toBe('职业资格证书');
    expect(programAuditWords('record', 'kind', 'award', 'zh')).toBe('竞赛获奖');
    const rule = { op: 'all', rules: [{ op: 'member_of_owner_subtree' }] };
    expect(programAuditWords('program', 'rule', rule, 'zh')).toBe(describeRule(rule as Rule, 'zh'));
    expect(programAuditWords('program', 'rule', rule, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    expect(programAuditWords('program', 'amount', { kind: 'no-such-kind' }, 'zh')).toBeNull();
    expect(programAuditWords('program', 'status', 'draft', 'zh')).toBeNull();
  });
});
