import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Source check: the app's own Chinese lives in the dictionaries (i18n/*.zh.json, pages/**/*.zh.json), each line with
// its English twin. A web source file writes no Chinese character and no full-width mark (（）：，、；。“” …) of its
// own in a string, a template or JSX text: an English page would show it as it is (a station's address read
// 「… · GCJ-02）」, a donor's total 「¥1,780,000.00（2）」, an insurance claim's documents their Chinese names). The
// marks between pieces come from the dictionaries (common.colon, common.listSep, common.clauseSep, common.comma,
// common.bracketed) or from `aside` and `listSeparator`; a vocabulary kept by its Chinese names (a claim's documents,
// an inspection's checklist) says each in English from its module's vocabulary. The exceptions — Chinese the code
// reads rather than shows, or shows in either language on purpose — are listed by file with their reasons; an
// exception no longer found is a problem too.

const SRC = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e]/;

const BRAND = "the brand's mark, a logo drawn as the character 工 in either language";
const TYPED = 'reads what a clerk types: the separators and units accepted in Chinese as well';

/** Each file's Chinese literals, exactly, and why they stay. */
const EXCEPTIONS: Record<string, { literals: string[]; why: string }> = {
  'components/BrandedPage.tsx': { literals: ['工'], why: BRAND },
  'components/PhoneShell.tsx': { literals: ['工'], why: BRAND },
  'layouts/StaffLayout.tsx': { literals: ['工'], why: BRAND },
  'layouts/WorkerLayout.tsx': { literals: ['工'], why: BRAND },
  'pages/innovation/catalogue/CatalogueShell.tsx': { literals: ['工'], why: BRAND },
  'components/aside.ts': { literals: ['（', '）'], why: "a remark's brackets on a Chinese page" },
  'components/money.ts': { literals: ['/元$/'], why: TYPED },
  'components/DayPicker.tsx': {
    literals: ['YYYY年M月D日', 'YYYY年MM月DD日', 'M月D日', 'MM月DD日'],
    why: TYPED,
  },
  'pages/elections/elections-api.ts': { literals: ['/[、,，;；\\s]+/'], why: TYPED },
  'pages/org/OrgForms.tsx': { literals: ['，', '、', '，', '、'], why: TYPED },
  'pages/programs/BatchSubmitPanel.tsx': { literals: ['/[\\s,，;；]+/'], why: TYPED },
  'pages/returns/ReturnEditPage.section.tsx': { literals: ['/[、,，]/'], why: TYPED },
  'pages/returns/submission-parts.tsx': { literals: ['/[,\\s¥元%]/g'], why: TYPED },
  'pages/programs/period-label.ts': {
    literals: [
      '/^(\\d{4})\\s*年度?$/',
      '/^(\\d{4})\\s*[—–-]\\s*(\\d{4})\\s*年度?$/',
      '每年（常设）',
      '/^(\\d{4})\\s*年起（常设）$/',
    ],
    why: 'reads the period the platform wrote in Chinese on a program, to say it in English',
  },
  'pages/returns/useReturnEditor.ts': {
    literals: ['年'],
    why: "a shipped form's title with its year, the federation's document title (its sections and fields are Chinese too)",
  },
  'pages/care/care-api.ts': {
    literals: ['件', '斤', '份', '箱', '袋', '桶', '个'],
    why: "the units goods are counted in, stored with the goods as chosen and said with them as recorded (data, as the item's name)",
  },
  'pages/care/StockPanel.tsx': {
    literals: ['件'],
    why: 'the unit a line of goods starts with (care-api.ts)',
  },
  'pages/stations/StationPage.dialogs.tsx': {
    literals: ['份'],
    why: "the unit a station's goods start with, typed over at will and stored as typed",
  },
  'pages/stations/beijing-districts.ts': {
    literals: [
      '延庆区',
      '怀柔区',
      '密云区',
      '平谷区',
      '昌平区',
      '顺义区',
      '门头沟区',
      '海淀区',
      '石景山区',
      '西城区',
      '东城区',
      '朝阳区',
      '丰台区',
      '通州区',
      '大兴区',
      '房山区',
    ],
    why: "Beijing's districts, each with its English name beside it",
  },
  'pages/worker-programs/WorkerApplyPage.tsx': {
    literals: ['证明材料照片'],
    why: "an evidence slot in the server's shape, its Chinese beside its English",
  },
};

/** The Chinese of a file's strings, templates, regular expressions and JSX text, in order. */
function chineseLiterals(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
        ? node.text
        : ts.isRegularExpressionLiteral(node)
          ? node.getText()
          : null;
    if (literal !== null && CHINESE.test(literal)) found.push(literal.trim());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => /\.tsx?$/.test(f) && !/\.(test|gen|journey)\.tsx?$/.test(f));

describe('Chinese in the web code', () => {
  const found = Object.fromEntries(
    files.map((f) => [f, chineseLiterals(f)] as const).filter(([, literals]) => literals.length > 0),
  );

  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(500);
    // the check finds what it looks for: a listed exception of each kind
    expect(found['components/aside.ts']).toEqual(['（', '）']);
    expect(found['components/money.ts']).toEqual(['/元$/']);
  });

  it('is none but the listed exceptions: the rest lives in the dictionaries', () => {
    const unlisted = Object.entries(found)
      .filter(([f, literals]) => JSON.stringify(literals) !== JSON.stringify(EXCEPTIONS[f]?.literals))
      .map(([f, literals]) => `${f}: ${literals.join(' | ')}`);
    expect(unlisted).toEqual([]);
  });

  it('lists no exception it no longer finds', () => {
    expect(Object.keys(EXCEPTIONS).filter((f) => !found[f])).toEqual([]);
  });
});
