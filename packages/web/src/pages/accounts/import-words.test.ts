/** The accounts sheet says what the import page says: its roles by the page's names, its passwords shown once. */
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_TEMPLATE, SHEET_ROLE_NAMES } from '../../../../server/src/modules/auth/users.template.ts';
import accountsEn from '../../i18n/accounts.en.json';
import accountsZh from '../../i18n/accounts.zh.json';
import en from '../../i18n/en.json';
import zh from '../../i18n/zh.json';

describe('the accounts template and the import page', () => {
  it('name each role with the words of the interface', () => {
    for (const [role, name] of Object.entries(SHEET_ROLE_NAMES)) {
      expect(name.zh, role).toBe(zh.role[role as keyof typeof zh.role]);
      expect(name.en, role).toBe(en.role[role as keyof typeof en.role]);
    }
    const choices = ACCOUNTS_TEMPLATE.columns.find((c) => c.key === 'role')?.choices ?? [];
    expect(choices.map((c) => c.zh)).toEqual(Object.values(SHEET_ROLE_NAMES).map((n) => n.zh));
  });

  it('say the generated passwords are shown once, on the page that ends the import, as the page does', () => {
    expect(accountsZh.acct.imp.doneHint).toContain('只显示这一次');
    const password = ACCOUNTS_TEMPLATE.columns.find((c) => c.key === 'password');
    expect(password?.note).toContain('只在导入完成的页面上显示这一次');
    expect(password?.noteEn).toContain('shown only once');
    expect(`${password?.note}${password?.noteEn}`).not.toMatch(/账号清单中下载|from the accounts list/);
  });

  it('say the columns are found by their names, in any order, as the import reads them', () => {
    expect(accountsZh.acct.imp.columns).toContain('顺序不限');
    expect(accountsEn.acct.imp.columns).toContain('in any order');
    expect(`${accountsZh.acct.imp.columns}${accountsEn.acct.imp.columns}`).not.toMatch(
      /按此顺序|in this order/,
    );
  });
});
