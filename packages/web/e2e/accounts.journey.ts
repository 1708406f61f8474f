// journey-server: empty
/**
 * Accounts journey, on an EMPTY installation (scripts/journeys.mjs gives it a server of its own with
 * GONGHUI_DEMO=0): the first administrator is created on /setup with the one-time token read from the
 * server's console log (a password the rules refuse said at its field first); the administrator creates the
 * federation from the empty union tree, two districts (one from the federation's row in the tree), the manager
 * of one district (two roles, initial password), and imports 20 staff accounts from .xlsx (a bad file first).
 * The district manager then signs in, must change the initial password on /account (a common one refused at its
 * field), sees only their own subtree and the 21 accounts in it, and switches role from the header, as a
 * reviewer starting no union from the tree. Last, the security administrator changes the first password and finds
 * 待办 a line of its own in the menu (no 会员与组织 group) and no SMS sign-in to turn on in my account.
 */
import {
  createChild,
  fieldError,
  fillNewUnion,
  mustChangeTagClear,
  pick,
  pickUnion,
  setupToken,
  signOut,
  totalOf,
  treeNode,
} from './accounts-helpers.ts';
import { workbook } from './data.ts';
import { BASE_URL, check, chooseFromDropdown, journey, noRefusals, shot, signIn } from './lib.ts';
import { menuGroups, openFromMenu } from './menu-helpers.ts';

const ADMIN = { username: 'admin', name: '平台管理员', password: 'Setup#Root2026x' };
const MANAGER = {
  username: 'dongcheng',
  name: '东城管理员',
  password: 'Eastside#Init1',
  next: 'Eastside#Mine2',
};
const SECURITY = { username: 'security', password: 'Guard#Keeper2026', next: 'Guard#Warden2027' };
const CITY = '示范市总工会';
const EAST = '东城区总工会';
const WEST = '西城区总工会';
const HEADERS = ['用户名', '姓名', '手机号', '所在工会', '角色', '初始密码'];

const staffRows = (bad: boolean) =>
  Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return [
      `dc-staff${n}`,
      `东城职员${n}`,
      '',
      EAST,
      bad && i === 4 ? '会长' : '工作人员',
      i % 2 === 0 ? '' : `Union#Pass${n}x`,
    ];
  });

await journey('accounts', { viewport: { width: 1280, height: 860 } }, async (page, step) => {
  await step('a fresh installation sends the sign-in page to /setup', async () => {
    await page.goto(`${BASE_URL}/login`);
    await page.waitForURL('**/setup');
    await page.getByTestId('setup-form').waitFor();
    await shot(page, 'accounts-01-setup');
  });

  await step('a wrong token is refused with the server message', async () => {
    await page.locator('#setup-token').fill('not-the-token');
    await page.locator('#setup-username').fill(ADMIN.username);
    await page.locator('#setup-name').fill(ADMIN.name);
    await page.locator('#setup-password').fill(ADMIN.password);
    await page.locator('#setup-password2').fill(ADMIN.password);
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-error').getByText('设置口令不正确').waitFor();
  });

  await step(
    'the console token creates the system administrator, who is asked for the other two',
    async () => {
      await page.locator('#setup-token').fill(setupToken());
      // a password the rules refuse is said under its field, not above the form
      await page.locator('#setup-password').fill('admin#Root2026');
      await page.locator('#setup-password2').fill('admin#Root2026');
      await page.getByTestId('setup-submit').click();
      await fieldError(page, 'setup-password', '密码不能包含用户名').waitFor();
      check((await page.getByTestId('setup-error').count()) === 0, 'no alert repeats the password refusal');
      await page.locator('#setup-password').fill(ADMIN.password);
      await page.locator('#setup-password2').fill(ADMIN.password);
      await page.getByTestId('setup-submit').click();
      await page.waitForURL('**/users/administrators?first=1');
      // 三员分立: the security administrator now, the audit administrator later (the home page reminds)
      await page.locator('#security_admin-username').fill(SECURITY.username);
      await page.locator('#security_admin-name').fill('安全管理员');
      await page.locator('#security_admin-password').fill(SECURITY.password);
      await page.getByTestId('admin-create-security_admin').click();
      await page.getByTestId('admin-form-security_admin').waitFor({ state: 'detached' });
      await page.getByTestId('admin-form-audit_admin').waitFor();
      await shot(page, 'accounts-02-administrators');
      await page.getByTestId('admins-later').click();
    },
  );

  await step('then lands on an empty union tree', async () => {
    await page.waitForURL('**/orgs?welcome=1');
    await page.getByTestId('org-empty').waitFor();
    // 三员设置 left for later: the landing page says which administrator is missing, with the way to name them
    const notice = page.getByTestId('administrators-notice');
    await notice.getByText('尚未设置审计管理员').waitFor();
    check(
      (await notice.locator('a[href="/users/administrators"]').count()) === 1,
      'the notice links to 三员设置',
    );
    await page.getByTestId('org-create-root').waitFor();
    await shot(page, 'accounts-02b-empty-tree');
    // a record's address with a word for its number is no page (not the server's refusal of record "NaN")
    await page.goto(`${BASE_URL}/cases/stats`);
    await page.getByText('页面不存在').waitFor();
    // a statistics page with no union to pick says so, and leads to where the unions are made
    await page.goto(`${BASE_URL}/case-stats`);
    await page.getByText('请先在「工会组织」中建立工会').waitFor();
    await page.getByRole('button', { name: '前往工会组织' }).click();
    await page.waitForURL('**/orgs');
    await page.getByTestId('org-create-root').waitFor();
  });

  await step(
    'create the federation from the empty tree, then a district from its page, one from its row',
    async () => {
      await page.getByTestId('org-create-root').click();
      await page.locator('#root-name').fill(CITY);
      await page.getByTestId('org-create-root-ok').click();
      await treeNode(page, CITY).waitFor();
      await page.getByTestId('org-open').click();
      await page.waitForURL(/\/orgs\/\d+$/);
      await createChild(page, CITY, EAST, '区总工会');
      // 新建下级工会 on the federation's row in the tree: the same form, the new union chosen in the tree
      await page.goto(`${BASE_URL}/orgs`);
      await treeNode(page, EAST).waitFor();
      await treeNode(page, CITY).hover();
      await treeNode(page, CITY).locator('.org-node-add').click();
      await fillNewUnion(page, CITY, WEST, '区总工会');
      await page.locator('.ant-tree-treenode-selected', { hasText: WEST }).waitFor();
      await page.getByTestId('org-panel').getByText(WEST).first().waitFor();
      await shot(page, 'accounts-03-orgs');
    },
  );

  await step(
    'the go-live checklist reads on a phone: its steps are not squeezed by their buttons',
    async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${BASE_URL}/go-live`);
      const unions = page.getByTestId('golive-step-unions');
      await unions.getByText('3 个工会').waitFor();
      const box = await unions.locator('.ant-list-item-meta-title').boundingBox();
      check(box && box.width > 250, `the first step's title is ${box?.width} px wide on a 375 px phone`);
      const text = (await page.getByTestId('golive-page').textContent()) ?? '';
      check(!text.includes('以往的以往'), 'no register is called 以往的以往…');
      await shot(page, 'accounts-03b-golive-phone');
      await page.setViewportSize({ width: 1280, height: 860 });
    },
  );

  await step('create the district manager (manager and reviewer at 东城区总工会)', async () => {
    await openFromMenu(page, '系统', '账号管理');
    await page.waitForURL('**/users');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByTestId('user-new').click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建账号' });
    await dialog.locator('#user-username').fill(MANAGER.username);
    // the fields are reached by their labels: a label that points at nothing finds no field
    await dialog.getByLabel('姓名', { exact: true }).fill(MANAGER.name);
    await dialog.getByLabel('手机号', { exact: true }).fill('13900001111');
    await dialog.getByTestId('user-generate').click();
    const generated = (await dialog.getByTestId('user-generated').textContent()) ?? '';
    check(/^[A-Za-z0-9]{12}$/.test(generated.trim()), `a 12-character password is generated: ${generated}`);
    await dialog.locator('label', { hasText: '初始密码' }).click();
    check(
      await dialog.locator('#user-password').evaluate((e) => e === document.activeElement),
      'label focuses',
    );
    await dialog.getByLabel('初始密码', { exact: true }).fill(MANAGER.password);
    const rows = dialog.getByTestId('role-rows').locator(':scope > .ant-space');
    await pick(page, rows.nth(0).locator('.ant-select').first(), '单位管理员');
    await pickUnion(page, rows.nth(0).locator('.ant-select').nth(1), EAST);
    await dialog.getByTestId('role-add').click();
    await pick(page, rows.nth(1).locator('.ant-select').first(), '审核人');
    await pickUnion(page, rows.nth(1).locator('.ant-select').nth(1), EAST);
    check(
      await dialog.locator('#user-must-change').isChecked(),
      'must change at first sign-in is on by default',
    );
    await dialog.locator('.ant-modal-title').click();
    await shot(page, 'accounts-04-user-create');
    await dialog.getByTestId('user-create-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-table-row', { hasText: MANAGER.username }).waitFor();
    const row = page.locator('.ant-table-row', { hasText: MANAGER.username });
    await row.getByText(`单位管理员 @ ${EAST}`).waitFor();
    await row.getByText('需改密码').waitFor();
    // on a laptop's screen, in both languages, the tag lies whole in its cell, not under the pinned 操作 column
    await page.setViewportSize({ width: 1366, height: 768 });
    await mustChangeTagClear(page, MANAGER.username);
    await page.getByTestId('lang-switch').click();
    await row.getByText('Must change password').waitFor();
    await mustChangeTagClear(page, MANAGER.username);
    await shot(page, 'accounts-04b-users-en');
    await page.getByTestId('lang-switch').click();
    await row.getByText('需改密码').waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  await step('a check (预检) of a file with a bad row creates nothing and lists the row', async () => {
    await page.getByTestId('users-import').click();
    await page.waitForURL('**/users/import');
    await page.getByTestId('users-import-columns').getByText('所在工会').waitFor();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('users-import-template').click(),
    ]);
    check(
      template.suggestedFilename() === '账号导入模板.xlsx',
      `the template downloads: ${template.suggestedFilename()}`,
    );
    await template.delete();
    await page.locator('.import-dragger input[type=file]').setInputFiles({
      name: 'staff-bad.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook(HEADERS, staffRows(true)),
    });
    // the check (预检) lists the wrong row, and creates nothing
    await page.getByTestId('users-import-check-start').click();
    await page.locator('[data-testid=users-import-check][data-status=errors]').waitFor();
    const errors = page.getByTestId('users-import-errors');
    await errors.locator('.ant-table-row').first().waitFor();
    check((await errors.locator('.ant-table-row').count()) === 1, 'one row error is listed');
    const rowText = (await errors.locator('.ant-table-row').first().textContent()) ?? '';
    check(
      rowText.includes('6') && rowText.includes('会长'),
      `the error names row 6 and its value: ${rowText}`,
    );
    check(!/[A-Z_]{6,}/.test(rowText), `no internal code on screen: ${rowText}`);
    await shot(page, 'accounts-05-import-errors');
  });

  await step('the fixed file imports 20 accounts with their temporary passwords', async () => {
    await page.locator('.import-dragger input[type=file]').setInputFiles({
      name: 'staff.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      // a 合计 row and a signer's line under the accounts (rows 22 and 23): left out, and said so
      buffer: workbook(HEADERS, [...staffRows(false), ['合计', '20人'], ['填表人：王芳']]),
    });
    await page.getByTestId('users-import-check-start').click();
    await page.getByTestId('users-import-check').getByText('预检通过：将创建 20 个账号').waitFor();
    await page.getByTestId('import-ignored').getByText('已跳过第 22、23 行').waitFor();
    check(
      (await page.getByTestId('users-import-checked').locator('.ant-table-row').count()) === 20,
      'the check lists the 20 accounts it would create',
    );
    await page.getByTestId('users-import-start').click();
    const done = page.getByTestId('users-import-done');
    await done.waitFor({ timeout: 60_000 });
    await done.getByText('已创建 20 个账号').waitFor();
    await done.getByTestId('import-ignored').getByText('已跳过第 22、23 行').waitFor();
    check(
      (await page.getByTestId('users-import-created').locator('.ant-table-row').count()) === 20,
      'the 20 created accounts are listed',
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('users-import-download').click(),
    ]);
    // named as every list is: the importing union (the administrator's whole tree: its root), what it is, the day
    check(
      /^(?!全部工会)[^（]+工会新账号清单（截至\d{4}-\d{2}-\d{2}）\.xlsx$/.test(file.suggestedFilename()),
      `the list downloads as <the tree's root>新账号清单（截至<day>）.xlsx: ${file.suggestedFilename()}`,
    );
    await file.delete();
    await shot(page, 'accounts-06-import-done');
  });

  await step('reset a password: shown once', async () => {
    await page.goto(`${BASE_URL}/users?q=dc-staff02`);
    await page.locator('.ant-table-row', { hasText: 'dc-staff02' }).waitFor();
    await page.getByTestId('user-reset-dc-staff02').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    const temp = page.getByTestId('temp-password');
    await temp.waitFor();
    check(((await temp.inputValue()) ?? '').length >= 8, 'a temporary password is shown');
    await shot(page, 'accounts-07-temp-password');
    await page.getByTestId('temp-close').click();
    await page.goto(`${BASE_URL}/users`);
    check(
      (await totalOf(page)) === 23,
      'the administrator sees 23 accounts: own, the security administrator, the manager and 20 staff',
    );
    // the security administrator's account is the operator's (ADR 148): its reset is locked and says why
    await page.goto(`${BASE_URL}/users?q=security`);
    const guard = page.getByTestId('user-reset-security');
    await guard.waitFor();
    check(await guard.isDisabled(), "the security administrator's password is not reset from the web");
    check(
      ((await guard.getAttribute('title')) ?? '').includes('命令行'),
      'the locked reset says the operator does it on the command line',
    );
    await shot(page, 'accounts-08-users');
  });

  await step('sign out; the district manager must change the initial password first', async () => {
    await signOut(page);
    await noRefusals(page, 'the password-change page', async () => {
      await signIn(page, '/login', MANAGER.username, MANAGER.password);
      await page.waitForURL('**/account');
      await page.getByTestId('must-change-notice').getByText('管理员为您设置了初始密码，请先修改').waitFor();
    });
    await page.getByTestId('my-roles').getByText(EAST).first().waitFor();
    await page.goto(`${BASE_URL}/orgs`);
    await page.waitForURL('**/account');
    await page.locator('#pw-current').fill(MANAGER.password);
    await page.locator('#pw-new').fill('12345678');
    await page.locator('#pw-new2').fill('12345678');
    await page.getByTestId('password-submit').click();
    await fieldError(page, 'pw-new', '密码过于常见').waitFor();
    check(
      (await page.getByTestId('password-error').count()) === 0,
      'the refusal is said at the new password only',
    );
    await shot(page, 'accounts-09-account-must-change');
    await page.locator('#pw-new').fill(MANAGER.next);
    await page.locator('#pw-new2').fill(MANAGER.next);
    await page.getByTestId('password-submit').click();
    await page.waitForURL('**/orgs**');
  });

  await step('the district manager sees only their subtree and its 21 accounts', async () => {
    await treeNode(page, EAST).waitFor();
    check((await treeNode(page, WEST).count()) === 0, 'the sibling district is not in the tree');
    check((await treeNode(page, CITY).count()) === 0, 'the federation is not in the tree');
    // a new federation has used no service yet: their entries wait under 更多服务, last (ADR 76)
    const groups = await menuGroups(page);
    check(groups.at(-1) === '更多服务', `unused services fold into 更多服务, last: ${groups}`);
    check(!groups.includes('创新'), `no 创新 group before any studio or achievement: ${groups}`);
    await openFromMenu(page, '系统', '账号管理');
    await page.waitForURL('**/users');
    const total = await totalOf(page);
    check(total === 21, `the manager sees the 20 imported accounts and their own: ${total}`);
    check((await page.locator('.ant-table-row', { hasText: ADMIN.username }).count()) === 0, 'no admin row');
    await shot(page, 'accounts-10-manager-users');
  });

  await step('my account, then switch to the reviewer role from the header', async () => {
    await chooseFromDropdown(page, page.getByTestId('user-menu'), '我的账号');
    await page.waitForURL('**/account');
    await page.getByTestId('my-roles').getByText('审核人').waitFor();
    await page.getByTestId('sms-sign-in-card').waitFor();
    await shot(page, 'accounts-11-account');
    await chooseFromDropdown(page, page.getByTestId('role-switcher'), '审核人');
    await page.getByTestId('role-switcher').getByText(`审核人 @ ${EAST}`).waitFor();
    await page.waitForURL('**/todo');
    check(!(await menuGroups(page)).includes('系统'), 'a reviewer has no 系统 group, so no accounts menu');
    await shot(page, 'accounts-12-switched');
    await page.goto(`${BASE_URL}/orgs`);
    await treeNode(page, EAST).waitFor();
    check((await page.locator('.org-node-add').count()) === 0, 'a reviewer starts no union from the tree');
  });

  await step(
    'the security administrator: 待办 alone is a line of its own, and no SMS sign-in to turn on',
    async () => {
      await signOut(page);
      await signIn(page, '/login', SECURITY.username, SECURITY.password);
      await page.waitForURL('**/account');
      await page.locator('#pw-current').fill(SECURITY.password);
      await page.locator('#pw-new').fill(SECURITY.next);
      await page.locator('#pw-new2').fill(SECURITY.next);
      await page.getByTestId('password-submit').click();
      await page.waitForURL('**/todo');
      await page.locator('[data-testid="staff-menu"] > ul > li.ant-menu-item', { hasText: '待办' }).waitFor();
      const groups = await menuGroups(page);
      check(!groups.includes('会员与组织'), `no 会员与组织 group holding 待办 alone: ${groups}`);
      await openFromMenu(page, '系统', '账号安全设置');
      await chooseFromDropdown(page, page.getByTestId('user-menu'), '我的账号');
      await page.waitForURL('**/account');
      await page.getByTestId('mail-card').waitFor();
      // no business work, so no reminders to choose
      await page.getByTestId('mail-none-offered').waitFor();
      check((await page.getByTestId('sms-sign-in-card').count()) === 0, 'no SMS sign-in the server refuses');
      await shot(page, 'accounts-13-security-admin');
    },
  );
});
