import { describe, expect, it } from 'vitest';
import zh from '../i18n/zh.json';
import { resultWords } from './import-result-words.ts';
import type { Job } from './importApi.ts';

/** The Chinese words of a key, its {{values}} filled in. */
const t = (key: string, values: Record<string, number> = {}) =>
  (key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], zh) as string).replace(
    /\{\{(\w+)\}\}/g,
    (_, k: string) => String(values[k]),
  );

const job = (status: Job['status'], result: Record<string, unknown>) =>
  ({ id: 1, status, total: 12, result }) as unknown as Job;

describe('the head of an import’s result', () => {
  it('says under a check that refused rows how many rows came to what, not the title again', () => {
    const refused = job('failed', { dryRun: true, imported: 0, rejected: 3, errorCount: 4 });
    const message = '预检发现3行有误（共4处），未写入任何数据；请下载错误报告，改正后重新预检';
    expect(resultWords(t, refused, message)).toEqual({
      status: 'warning',
      title: '预检发现错误，未写入任何数据；请改正后重新预检',
      // the other nine rows are right: the file waits for the three, it is not 可导入 0 行
      subTitle: '共 12 行：有误 3 行，其余各行无误；按“全部有效才导入”，改正有误的行后才能导入',
      nothingToImport: false,
    });
  });

  it('counts a check that passed, and an import with some rows refused', () => {
    const passed = job('succeeded', { dryRun: true, imported: 12, created: 10, updated: 2, rejected: 0 });
    expect(resultWords(t, passed).subTitle).toBe('共 12 行：可导入 12 行（新增 10，修改 2），有误 0 行');
    const partly = job('succeeded', { imported: 9, created: 9, rejected: 3 });
    expect(resultWords(t, partly, 'anything').subTitle).toBe('共 12 行，导入 9 行，有误 3 行');
  });

  it('says a check whose rows would change nothing so, and offers no import of them', () => {
    // the roster sent again as it stands: its 12 members on record, nothing new, nothing changed
    const same = job('succeeded', {
      dryRun: true,
      imported: 12,
      created: 0,
      updated: 0,
      unchanged: 12,
      rejected: 0,
    });
    expect(resultWords(t, same)).toMatchObject({
      status: 'success',
      title: '预检通过：文件中的会员均已在册，信息没有变化，无需导入',
      nothingToImport: true,
    });
    const passed = job('succeeded', { dryRun: true, imported: 12, created: 1, unchanged: 11, rejected: 0 });
    expect(resultWords(t, passed)).toMatchObject({
      title: '预检通过，尚未写入任何数据',
      nothingToImport: false,
    });
  });

  it('keeps the server’s reason where no row was refused', () => {
    expect(
      resultWords(t, job('failed', { dryRun: true, imported: 0, rejected: 0 }), '导入已取消').subTitle,
    ).toBe('导入已取消');
  });
});
