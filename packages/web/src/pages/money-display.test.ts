import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFen } from '../components/format.ts';
import { MESSAGES } from '../i18n/index.ts';
import { messageStrings, testI18n } from '../i18n/test-i18n.ts';

// Source checks: an amount shown on a page is written by the display formatter (¥3,200.00), never by the input's
// (fenToYuanText: 3200.00, no thousands separator) with a ¥ put before it by a message.
const src = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pages = (readdirSync(join(src, 'pages'), { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => join(src, 'pages', f));

describe('amounts shown on a page', () => {
  it('are written by formatFen: no page uses the input formatter', () => {
    const offenders = pages
      .filter((f) => readFileSync(f, 'utf8').includes('fenToYuanText('))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });

  it('are put into messages whole: no message puts a ¥ before an amount', () => {
    const yen = (tree: object) =>
      messageStrings(tree).flatMap(([key, text]) => (text.includes('¥{{') ? [key] : []));
    expect([...yen(MESSAGES.zh), ...yen(MESSAGES.en)]).toEqual([]);
  });

  it("say the care report's grants with thousands separated", () => {
    const t = testI18n(MESSAGES).getFixedT('zh');
    expect(
      t('care.report.grantsText', { approved: 2, paid: formatFen(320_000), logged: formatFen(1_234_500) }),
    ).toBe('已审批 2 笔，已发放 ¥3,200.00（登记 ¥12,345.00）');
  });
});
