import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { testI18n } from '../i18n/test-i18n.ts';
import { FileFailure } from './ImportResult.tsx';
import { CheckResult, type RegisterAnswer } from './RegisterImport.tsx';
import { registerOffer, retriable } from './register-offer.ts';

/** What a component shows, rendered in `lng`. */
const renderIn = (lng: 'zh' | 'en', element: ReturnType<typeof createElement>) => {
  const i18n = testI18n();
  void i18n.changeLanguage(lng);
  return renderToString(createElement(I18nextProvider, { i18n }, element));
};

/** A clean check's answer: `counts` are the register's own. */
const answer = (total: number, created: number, counts: Record<string, number> = {}): RegisterAnswer => ({
  dryRun: true,
  total,
  created,
  ignoredRows: [],
  errors: [],
  ...counts,
});

describe('what a clean check of a register offers', () => {
  it('offers the import of what the file creates', () => {
    expect(registerOffer(answer(12, 12))).toEqual({ kind: 'create', count: 12 });
    // an achievements file adding a patent to an achievement on record creates that row
    expect(registerOffer(answer(3, 1, { achievements: 0, existing: 1, patentsExisting: 2 }))).toEqual({
      kind: 'create',
      count: 1,
    });
  });

  it('offers no import when every row is on the register already', () => {
    // achievements: the rows' patents and conversions all on record, nothing added to the achievements
    const onRecord = answer(3, 0, {
      achievements: 0,
      existing: 2,
      patentsExisting: 2,
      conversionsExisting: 1,
    });
    expect(registerOffer(onRecord)).toEqual({ kind: 'nothing', rows: 3 });
    // the holiday calendar: the sheet's year as it stands
    expect(registerOffer(answer(28, 0, { changed: 0, removed: 0, year: 2026 }))).toEqual({
      kind: 'nothing',
      rows: 28,
    });
  });

  it('counts the records on the register already where the register counts them (a ledger sent again whole)', () => {
    // five rows of two activities, both on record as they stand
    expect(registerOffer(answer(5, 0, { onRecord: 2 }))).toEqual({ kind: 'nothing', rows: 2 });
    expect(registerOffer(answer(7, 1, { onRecord: 2 }))).toEqual({ kind: 'create', count: 1 });
  });

  it('offers no import of a file with no row', () => {
    expect(registerOffer(answer(0, 0))).toEqual({ kind: 'nothing', rows: 0 });
  });

  it('offers the import of a file that changes records on the register without creating one', () => {
    expect(registerOffer(answer(28, 0, { changed: 2, removed: 0 }))).toEqual({ kind: 'change' });
    expect(registerOffer(answer(28, 0, { changed: 0, removed: 1 }))).toEqual({ kind: 'change' });
    // model workers: `updated` counts those on the register the rows give a title or a status they lack
    expect(registerOffer(answer(5, 0, { updated: 1, unchanged: 4, honours: 5 }))).toEqual({ kind: 'change' });
    expect(registerOffer(answer(5, 0, { updated: 0, unchanged: 5, honours: 5 }))).toEqual({
      kind: 'nothing',
      rows: 5,
    });
  });
});

describe('the check result of a file with nothing new', () => {
  const render = (
    checked: RegisterAnswer,
    lng: 'zh' | 'en',
    figures: () => { label: string; value: number | string }[] = () => [],
  ) => {
    return renderIn(
      lng,
      createElement(CheckResult, {
        checked,
        offer: registerOffer(checked),
        what: lng === 'zh' ? '创新成果台账' : 'achievements register',
        figures,
      }),
    );
  };

  it('says the rows are on the register already, in Chinese and in English, not that 0 would be created', () => {
    const zh = render(answer(3, 0), 'zh');
    expect(zh).toContain('文件中没有需要导入的新记录');
    expect(zh).toContain('已有的 3 条均已在册');
    expect(zh).not.toContain('将新增 0 条');
    const en = render(answer(3, 0), 'en');
    expect(en).toContain('The file holds nothing new to import');
    expect(en).toContain('All 3 of its records are already on the register');
    expect(render(answer(1, 0), 'en')).toContain('Its one record is already on the register');
  });

  it('shows how many records are on the register already beside those the file creates', () => {
    const zh = render(answer(7, 1, { onRecord: 2 }), 'zh');
    expect(zh).toContain('已在册（跳过）');
    expect(render(answer(7, 1, { onRecord: 2 }), 'en')).toContain('On record already (skipped)');
    expect(render(answer(7, 1), 'zh')).not.toContain('已在册（跳过）');
  });

  it('says an empty file has no row filled in', () => {
    expect(render(answer(0, 0), 'zh')).toContain('文件中没有填写任何记录');
    expect(render(answer(0, 0), 'en')).toContain('No row of the file is filled in');
  });

  it('shows a text figure as written: the holiday sheet of 2026 is not of 2,026', () => {
    const html = render(answer(28, 0, { changed: 0, removed: 0 }), 'zh', () => [
      { label: '年份', value: '2026' },
      { label: '将修改', value: 1234 },
    ]);
    expect(html).toContain('2026');
    expect(html).not.toContain('2,026');
    expect(html).toContain('1,234');
  });
});

describe('a file the register took already', () => {
  it('is said as a notice that it was imported, with when and by whom, not as a failure', () => {
    const html = renderIn(
      'zh',
      createElement(FileFailure, {
        message:
          '该文件已于北京时间 2026-11-29 09:05 由 杨镇总工会管理员 导入（文件名 活动.xlsx，建立 500 条记录），未重复导入',
        repeated: true,
        onAgain: () => {},
      }),
    );
    expect(html).toContain('这个文件已经导入过');
    expect(html).toContain('由 杨镇总工会管理员 导入');
    expect(html).not.toContain('未能导入');
    expect(html).toContain('data-status="repeated"');
  });
});

describe('a check or an import that failed without a word on the file', () => {
  const failure = (lng: 'zh' | 'en', props: Partial<Parameters<typeof FileFailure>[0]>) => {
    return renderIn(
      lng,
      createElement(FileFailure, {
        message: '网络连接失败，请检查网络后重试',
        onAgain: () => {},
        ...props,
      }),
    );
  };

  it('is sent again with the same file: no answer, a server fault or a request to wait; not a refusal of the file', () => {
    expect(retriable(new ApiError(0, 'HTTP_ERROR', '网络连接失败', 'No network'))).toBe(true);
    expect(retriable(new ApiError(502, 'HTTP_ERROR', '服务器出错', 'Server error'))).toBe(true);
    expect(retriable(new ApiError(429, 'RATE_LIMITED', '请求过于频繁', 'Too many requests'))).toBe(true);
    expect(retriable(new TypeError('Failed to fetch'))).toBe(true);
    expect(retriable(new ApiError(400, 'IMPORT_FILE_TYPE', '不支持的文件类型', 'Unsupported file'))).toBe(
      false,
    );
    expect(retriable(new ApiError(409, 'IMPORT_FILE_REPEATED', '已导入', 'Imported already'))).toBe(false);
  });

  it('offers to try the step again with the file kept, before choosing another file', () => {
    const zh = failure('zh', { retry: { dryRun: true, run: () => {} } });
    expect(zh).toContain('预检没有完成');
    expect(zh).toContain('data-testid="import-retry"');
    expect(zh).toContain('用这个文件重试');
    expect(zh).toContain('再导入一个文件');
    expect(zh).not.toContain('文件未能导入');
    const en = failure('en', { retry: { dryRun: false, run: () => {} } });
    expect(en).toContain('The import did not complete');
    expect(en).toContain('Try again with this file');
    // a refusal of the file itself offers another file only
    const refused = failure('zh', { message: '不支持的文件类型' });
    expect(refused).toContain('文件未能导入');
    expect(refused).not.toContain('import-retry');
  });
});
