import { chromium } from 'playwright-core';
// usage: node shot.mjs base user path out.png [lang] [width]
const [base, user, path, out, lang = 'zh', width = '1280'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
const ctx = await b.newContext({ viewport: { width: Number(width), height: 860 } });
const p = await ctx.newPage();
const r = await p.request.post(`${base}/api/auth/login`, { data: { username: user, password: 'gonghui-demo' } });
console.log('login', r.status());
await p.goto(`${base}/`);
await p.evaluate((l) => localStorage.setItem('gonghui.lang', l), lang);
await p.goto(`${base}${path}`);
await p.waitForTimeout(3500);
await p.screenshot({ path: out });
await b.close();
