import { describe, expect, it } from 'vitest';
import { auditValueText, changeLines } from './audit.changes.ts';

describe('a change in lines, as the audit page says it', () => {
  it('money in yuan, an evidence window, a value its owner says, only what changed', () => {
    const lines = changeLines(
      'program',
      {
        name: '助学',
        budgetFen: 100000,
        evidenceWindow: { kind: 'period' },
        amount: { kind: 'fixed', fen: 50000 },
      },
      {
        name: '助学',
        budgetFen: -250,
        evidenceWindow: { kind: 'years', before: 2 },
        amount: { kind: 'fixed', fen: 80000 },
      },
      {
        lang: 'zh',
        // the owner says its amounts (programs, through the wiring); the rest is said here
        own: (_entity, field, value) =>
          field === 'amount' ? `${((value as { fen: number }).fen / 100).toFixed(2)}元` : null,
      },
    );
    expect(lines).toEqual([
      '预算：¥1,000.00 → -¥2.50',
      '计入哪些记录（评定期）：申请所属期间内 → 含之前 2 年',
      '补贴金额：500.00元 → 800.00元',
    ]);
  });

  it("says a program's required evidence by its names in the row's language, not as its keys", () => {
    const evidence = [
      { key: 'single_parent_proof', zh: '单亲情况证明', en: 'proof of single parenthood' },
      { key: 'medical_invoice', zh: '医疗发票', en: 'medical invoice' },
    ];
    expect(changeLines('program', null, { requiredEvidence: evidence }, { lang: 'zh' })).toEqual([
      '申请材料：单亲情况证明、医疗发票',
    ]);
    expect(changeLines('program', null, { requiredEvidence: evidence }, { lang: 'en' })).toEqual([
      'Required evidence: proof of single parenthood, medical invoice',
    ]);
  });

  it('a row with only after lists the values set; a field one side lacks shows —', () => {
    expect(changeLines('org', null, { kind: 'street', status: 'active' }, { lang: 'en' })).toEqual([
      'Kind: Street union',
      'Status: Active',
    ]);
    expect(changeLines('person', { phone: '13900000000' }, {}, { lang: 'zh' })).toEqual([
      '手机号：13900000000 → —',
    ]);
    expect(changeLines('person', { phone: null }, { phone: null }, { lang: 'zh' })).toEqual([]);
  });

  it("says an insurance claim's status and kind, and each kind a congress's rows hold, in words", () => {
    expect(
      changeLines('insurance_claim', null, { status: 'forwarded', kind: 'medical' }, { lang: 'zh' }),
    ).toEqual(['状态：已报送保险公司', '类型：意外医疗']);
    expect(auditValueText('insurance_claim', 'status', 'approved', { lang: 'en' })).toBe('Approved');
    // a congress's own kind and the kind of a motion put to its vote
    expect(auditValueText('congress', 'kind', 'assembly', { lang: 'zh' })).toBe('职工大会');
    expect(auditValueText('congress', 'kind', 'resolution', { lang: 'zh' })).toBe('决议');
  });
});
