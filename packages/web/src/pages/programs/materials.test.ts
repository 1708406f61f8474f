import { describe, expect, it } from 'vitest';
import { withMaterialKeys } from './materials.ts';

describe('required materials get keys from their labels', () => {
  it('a new material is keyed by its English label, and keeps its Chinese one', () => {
    expect(withMaterialKeys([{ key: '', zh: ' 证书扫描件 ', en: 'Scan of the certificate' }])).toEqual([
      { key: 'scan_of_the_certificate', zh: '证书扫描件', en: 'Scan of the certificate' },
    ]);
  });

  it('without an English label the key is "material" and the English name is the Chinese one', () => {
    expect(withMaterialKeys([{ key: '', zh: '证书扫描件', en: '' }])).toEqual([
      { key: 'material', zh: '证书扫描件', en: '证书扫描件' },
    ]);
  });

  it('keys are unique within the program, and saved keys are kept when labels change', () => {
    const got = withMaterialKeys([
      { key: 'material', zh: '获奖证书（改名）', en: '' },
      { key: '', zh: '身份证', en: '' },
      { key: '', zh: '照片', en: '' },
      { key: '', zh: '合同', en: '2024 Contract!' },
    ]);
    expect(got.map((m) => m.key)).toEqual(['material', 'material_2', 'material_3', 'contract']);
  });

  it('every generated key is one the server accepts', () => {
    const labels = ['', '   ', '123 abc', 'Ünïcödé name', 'x'.repeat(80), '——', 'A-B_C'];
    const got = withMaterialKeys(labels.map((en) => ({ key: '', zh: '材料', en })));
    for (const m of got) expect(m.key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
    expect(new Set(got.map((m) => m.key)).size).toBe(got.length);
  });
});
