import { BASE_URL, launch, shot, signIn } from './lib.ts';

const browser = await launch();
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
await signIn(page, '/login', 'shunyi');
await page.waitForURL('**/orgs');
for (const p of (process.argv[2] ?? '/programs/new').split(',')) {
  await page.goto(`${BASE_URL}${p}`);
  await page.waitForTimeout(1500);
  await shot(page, `scratch${p.replace(/\//g, '_')}`);
}
await browser.close();
