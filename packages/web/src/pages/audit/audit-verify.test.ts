import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { type ChainCheck, chainCheckLines } from './AuditVerify.tsx';

const i18n = testI18n();
const CJK = /[\u3400-\u9fff]/;

const intact: ChainCheck = {
  ok: true,
  rows: 1200,
  algorithms: ['sm3'],
  through: { seq: 1500, id: 1512, at: '2026-11-25T07:20:44.000Z' },
  anchor: { seq: 300, file: '/var/lib/gonghui/audit-before-2026-05-01.jsonl' },
  problem: null,
};

const broken: ChainCheck = {
  ok: false,
  rows: 41,
  algorithms: ['sha256'],
  through: { seq: 41, id: 41, at: '2026-11-25T07:20:44.000Z' },
  anchor: { seq: 0, file: null },
  problem: {
    kind: 'altered',
    rowId: '42',
    seq: '42',
    zh: '记录编号 42（第 42 条）已被修改：内容与其哈希不符',
    en: 'row id 42 (place 42) was altered: its fields do not match its hash',
  },
};

describe('校验完整性 says the answer in plain words', () => {
  it('an intact chain: rows checked, through which row and when, the algorithm in words, the anchor', () => {
    const zh = chainCheckLines(intact, i18n.getFixedT('zh'), 'zh').join('\n');
    expect(zh).toContain('操作日志完整');
    expect(zh).toContain('1200');
    expect(zh).toContain('第 1500 条');
    expect(zh).toContain('记录编号 1512');
    expect(zh).toContain('SM3');
    expect(zh).toContain('第 300 条及之前的记录已归档');
    expect(zh).toContain('audit-before-2026-05-01.jsonl');
    const en = chainCheckLines(intact, i18n.getFixedT('en'), 'en').join('\n');
    expect(en).toContain('intact: 1200 rows checked, through place 1500 (row id 1512');
    expect(en).toContain('SM3');
    expect(en).toContain('rows through place 300 are archived');
    expect(en).not.toMatch(CJK);
  });

  it('a broken chain: which row and how, as the command line says it, and the rows before it intact', () => {
    const zh = chainCheckLines(broken, i18n.getFixedT('zh'), 'zh');
    expect(zh[0]).toBe('操作日志被破坏：记录编号 42（第 42 条）已被修改：内容与其哈希不符');
    expect(zh.join('\n')).toContain('此前 41 条完好');
    expect(zh.join('\n')).toContain('SHA-256');
    expect(zh.join('\n')).toContain('尚无归档');
    const en = chainCheckLines(broken, i18n.getFixedT('en'), 'en');
    expect(en[0]).toBe(
      'The audit log is broken: row id 42 (place 42) was altered: its fields do not match its hash',
    );
    expect(en.join('\n')).not.toMatch(CJK);
  });
});
