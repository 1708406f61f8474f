import { describe, expect, it } from 'vitest';
import accountsZh from './accounts.zh.json';

/**
 * The set-up page tells a newcomer what to look for in the server's console: the Chinese page quotes the Chinese
 * line the server prints (main.ts: 一次性设置口令：…), not the English one.
 */
describe('the set-up token hint', () => {
  it('quotes the console line in Chinese, with no English inside', () => {
    const hint = accountsZh.acct.setup.tokenWhere;
    expect(hint).toContain('一次性设置口令：');
    expect(hint).not.toMatch(/[A-Za-z]{3,}/);
  });
});
