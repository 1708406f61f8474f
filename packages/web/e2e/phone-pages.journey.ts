/**
 * Phone pages journey: the demo worker opens every page of the phone app — each tab, each entry of 服务 and the
 * pages opened from them — on a small phone (360 × 640), in Chinese and then in English, and the public catalogue;
 * none may scroll sideways, and the platform's name in the top bar must be whole (it takes two lines rather than
 * lose its end). A page added to the tab bar or to 服务 is walked without a line here.
 */
import { BASE_URL, check, journey, networkQuiet, shot, signIn, tapTargets } from './lib.ts';

const SMALL_PHONE = { width: 360, height: 640 };
/** Pages opened from a worker's page rather than from the tab bar or 服务 (those are read off the page). */
const INNER_PAGES = ['/m/payments', '/m/messages/sms', '/m/password', '/m/cases/new', '/m/learning/masters'];

await journey(
  'phone-pages',
  { viewport: SMALL_PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  async (page, step) => {
    const quiet = networkQuiet(page, 50);
    let pages: string[] = [];
    await step('the worker signs in; the tab bar and 服务 lead to the pages', async () => {
      await signIn(page, '/m/login', 'worker');
      await page.waitForURL('**/m/me');
      await page.goto(`${BASE_URL}/m/services`);
      await page.getByTestId('worker-services').waitFor();
      const links = page.locator('[data-testid="worker-tabbar"] a, [data-testid="worker-services"] a');
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
      pages = [...new Set([...hrefs, ...INNER_PAGES])];
      check(pages.length > 20, `the tab bar and 服务 lead to the worker's pages (${pages.length})`);
    });

    /** What is wrong with each page at 360 px: wider than the phone, or the platform's name cut. */
    const walk = async (lang: string) => {
      const faults: string[] = [];
      for (const href of pages) {
        // opened inside the app, as a tap on its link does, and measured once it has drawn what it read
        await page.evaluate((to) => {
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate', { state: null }));
        }, href);
        await page.waitForFunction(
          (to) =>
            location.pathname === to &&
            !document.querySelector('.m-main .ant-spin-spinning, .m-main .page-spinner'),
          href,
        );
        await quiet();
        const fault = await page.evaluate(() => {
          const name = document.querySelector('[data-testid="m-title-text"]') as HTMLElement;
          const wide = document.documentElement.scrollWidth;
          if (wide > innerWidth) return `${wide} px wide`;
          // every line of the name inside the bar's title and its own box: none cut at the side, none hidden under
          // the clamp (a line's glyphs overhang its box by a few pixels)
          const shown = name.getBoundingClientRect();
          const bar = (name.parentElement as HTMLElement).getBoundingClientRect();
          const words = document.createRange();
          words.selectNodeContents(name);
          const cut = Array.from(words.getClientRects()).some(
            (line) =>
              line.right > Math.min(shown.right, bar.right) + 1 ||
              line.bottom > Math.min(shown.bottom, bar.bottom) + 6,
          );
          if (cut) return `the platform's name is cut: ${name.textContent}`;
          return null;
        });
        if (fault) faults.push(`${lang} ${href}: ${fault}`);
      }
      check(faults.length === 0, `the pages fit a 360 px phone:\n  ${faults.join('\n  ')}`);
    };

    await step('every worker page fits a 360 px phone in Chinese', async () => {
      await walk('zh');
      await shot(page, 'phone-pages-01-zh');
    });

    await step('and in English, the platform’s name on two lines', async () => {
      await page.getByTestId('lang-switch').click();
      await page.getByTestId('m-title-text').filter({ hasText: 'Union Services Platform' }).waitFor();
      await walk('en');
      await shot(page, 'phone-pages-02-en');
      await page.getByTestId('lang-switch').click();
    });

    await step('the public catalogue, its pager too, fits', async () => {
      await page.goto(`${BASE_URL}/catalogue`);
      await page.locator('.ant-pagination').waitFor();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      check(wide <= SMALL_PHONE.width, `the catalogue fits a 360 px phone (${wide} px wide)`);
      await tapTargets(page.locator('.ant-pagination-prev, .ant-pagination-next'), 'the pager’s arrows');
      await shot(page, 'phone-pages-03-catalogue');
    });
  },
);
