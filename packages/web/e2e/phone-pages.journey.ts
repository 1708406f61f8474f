/**
 * Phone pages journey: the demo worker opens every page of the phone app — each tab, each entry of 服务 and the
 * pages opened from them — on a small phone (360 × 640), in Chinese and then in English, and the public catalogue;
 * none may scroll sideways, and the platform's name in the top bar must be whole (it takes two lines rather than
 * lose its end). Every link and button of a page's content is 44 px tall at least, to be tapped by a thumb — and so is
 * every other control a thumb taps: a select's box, a field, a date's box, a switch (its tap area), a checkbox's or
 * a radio's row, each choice of a segmented control, a star of a rating, a field's clear icon — but a
 * link inside running text (a line of words it is part of keeps its height); a district of the map (drawn to scale:
 * 东城 is 10 px wide at 360 px) may be smaller only where the district picker beside the map is 44 px tall and offers
 * it as an option 44 px tall, the thumb's way to the same district. The drawer that changes the phone number on 我的,
 * drawn outside the phone frame, is measured so too. A page below a tab has one way back up above it
 * (‹ 服务 on a service's page), 44 px tall, that leads there; a tab's own page has none. In Chinese, no page
 * breaks the accessibility rules the pages keep (a11y.ts: a field with no name, words too pale, …). A page added
 * to the tab bar or to 服务 is walked without a line here.
 */
import type { Page } from 'playwright-core';
import { a11yFaults } from './a11y.ts';
import {
  BASE_URL,
  check,
  journey,
  networkQuiet,
  selectsClosed,
  shot,
  signIn,
  tapTargets,
  untilStill,
} from './lib.ts';

const SMALL_PHONE = { width: 360, height: 640 };
/** Pages opened from a worker's page rather than from the tab bar or 服务 (those are read off the page). */
const INNER_PAGES = ['/m/payments', '/m/messages/sms', '/m/password', '/m/cases/new', '/m/learning/masters'];
/** Where a page's way back up leads: a service's page to 服务, a page below a tab or a service to it. */
const BACK_TO: Record<string, string> = {
  '/m/payments': '/m/applications',
  '/m/messages/sms': '/m/messages',
  '/m/password': '/m/me',
  '/m/cases/new': '/m/cases',
  '/m/learning/masters': '/m/learning',
};

/**
 * The controls a thumb taps besides links and buttons, each kind as a fault names it and the element whose box is
 * its tap area (a checkbox's and a radio's whole row is its label; a switch's area reaches past its pill).
 */
const CONTROLS: [kind: string, selector: string][] = [
  ['a select', '.ant-select'],
  ['a field', ':is(.ant-input-affix-wrapper, .ant-input-number, .ant-input:not(.ant-input-affix-wrapper *))'],
  ['a date box', '.ant-picker'],
  ['a switch', '.ant-switch'],
  ['a checkbox', '.ant-checkbox-wrapper'],
  ['a radio', ':is(.ant-radio-wrapper, .ant-radio-button-wrapper)'],
  ['a segmented choice', '.ant-segmented-item'],
  ['a star', '.ant-rate:not(.ant-rate-disabled) .ant-rate-star > div'],
  ['a clear icon', ':is(.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon)'],
];

await journey(
  'phone-pages',
  { viewport: SMALL_PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  async (page, step) => {
    const quiet = networkQuiet(page, 50);
    let pages: string[] = [];
    let tabs: string[] = [];
    await step('the worker signs in; the tab bar and 服务 lead to the pages', async () => {
      await signIn(page, '/m/login', 'worker');
      await page.waitForURL('**/m/me');
      await page.goto(`${BASE_URL}/m/services`);
      await page.getByTestId('worker-services').waitFor();
      const links = page.locator('[data-testid="worker-tabbar"] a, [data-testid="worker-services"] a');
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
      tabs = await page
        .locator('[data-testid="worker-tabbar"] a')
        .evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
      pages = [...new Set([...hrefs, ...INNER_PAGES])];
      check(pages.length > 20, `the tab bar and 服务 lead to the worker's pages (${pages.length})`);
    });

    /**
     * What is wrong with each page at 360 px: wider than the phone, the platform's name cut, a tap target under
     * 44 px tall, the way back up missing, doubled, small or leading elsewhere.
     */
    const walk = async (lang: string) => {
      const faults: string[] = [];
      const unread: string[] = [];
      for (const href of pages) {
        // opened inside the app, as a tap on its link does, and measured once it has drawn what it read
        await page.evaluate((to) => {
          history.pushState(null, '', to);
          dispatchEvent(new PopStateEvent('popstate', { state: null }));
        }, href);
        // twice: the router may keep the last page up while the new one's code comes, then the page reads its data
        for (const _ of [1, 2]) {
          await page.waitForFunction(
            (to) =>
              location.pathname === to &&
              !document.querySelector('.m-main .ant-spin-spinning, .m-main .page-spinner'),
            href,
          );
          await quiet();
        }
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
        // the words and names a screen reader reads are the same in either language: checked once, in Chinese
        if (lang === 'zh') unread.push(...(await a11yFaults(page, href)));
        const small = await smallTargets(page);
        for (const s of small.filter((x) => !x.district)) faults.push(`${lang} ${href}: ${s.what}`);
        const districts = small.flatMap((x) => (x.district ? [x.district] : []));
        for (const d of districts.length ? await unpicked(page, districts) : [])
          faults.push(`${lang} ${href}: a district of the map no picker offers at 44 px: ${d}`);
        const back = await backLinks(page);
        const to = tabs.includes(href) ? null : (BACK_TO[href] ?? '/m/services');
        if (!to && back.length)
          faults.push(`${lang} ${href}: a tab's page with a way back (${back.join(', ')})`);
        if (to && (back.length !== 1 || !back[0].startsWith(`${to} "`)))
          faults.push(`${lang} ${href}: the way back up should lead to ${to} (${back.join(', ') || 'none'})`);
      }
      check(faults.length === 0, `the pages fit a 360 px phone:\n  ${faults.join('\n  ')}`);
      check(unread.length === 0, `the pages keep the accessibility rules:\n  ${unread.join('\n  ')}`);
    };

    await step('every worker page fits a 360 px phone in Chinese', async () => {
      await walk('zh');
      await shot(page, 'phone-pages-01-zh');
    });

    await step(
      'the phone number’s change on 我的 opens a drawer sized for a thumb, its close too',
      async () => {
        // a drawer opens at the end of the page's body, outside the phone frame its rules are written for
        await page.goto(`${BASE_URL}/m/me`);
        await page.getByTestId('edit-phone').click();
        await page.getByTestId('phone-step-number').waitFor();
        const small = await smallTargets(page, '.ant-drawer-open');
        check(small.length === 0, `the drawer’s controls are 44 px: ${small.map((s) => s.what).join(', ')}`);
        await page.locator('.ant-drawer-open .ant-drawer-close').click();
        await page.getByTestId('phone-step-number').waitFor({ state: 'detached' });
      },
    );

    await step('a service’s way back up leads to 服务', async () => {
      await page.goto(`${BASE_URL}/m/insurance`);
      await page.getByTestId('m-back').filter({ hasText: '服务' }).click();
      await page.waitForURL('**/m/services');
      await page.getByTestId('worker-services').waitFor();
    });

    await step('and in English, the platform’s name on two lines', async () => {
      await page.getByTestId('lang-switch').click();
      await page.getByTestId('m-title-text').filter({ hasText: 'Union Services Platform' }).waitFor();
      await walk('en');
      await shot(page, 'phone-pages-02-en');
      await page.goto(`${BASE_URL}/m/near`);
      await page.getByTestId('m-back').filter({ hasText: 'Services' }).waitFor();
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

/**
 * The tap targets of the page's content (or of what `within` names, a drawer) under 44 px tall, each as its kind, size
 * and words — and, for a district of the map, its name: links and buttons (all but a link inside running text, shown inline beside words of its own
 * line's parent) and the `CONTROLS`.
 */
function smallTargets(page: Page, within = '.m-main'): Promise<{ what: string; district: string | null }[]> {
  return page.evaluate(
    ([controls, within]) => {
      const inRunningText = (e: Element) =>
        getComputedStyle(e).display === 'inline' &&
        Array.from(e.parentNode?.childNodes ?? []).some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
      const kinds: [string, string][] = [['a tap target', ':is(a, button, [role=button])'], ...controls];
      const small: { what: string; district: string | null }[] = [];
      for (const [kind, selector] of kinds) {
        for (const e of Array.from(document.querySelectorAll(`${within} ${selector}`))) {
          if (!e.checkVisibility({ visibilityProperty: true })) continue;
          const box = e.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || box.height >= 44 || inRunningText(e)) continue;
          // a field by its name or placeholder (its own words are an icon's), anything else by its words
          const field = e.matches('input, textarea')
            ? e
            : e.querySelector('input:not([type=radio]), textarea');
          const label = field?.id ? document.querySelector(`label[for="${field.id}"]`)?.textContent : null;
          const words =
            field?.getAttribute('aria-label') ||
            field?.getAttribute('placeholder') ||
            label ||
            (e.textContent ?? '').trim() ||
            e.getAttribute('aria-label') ||
            e.className;
          small.push({
            what: `${kind} ${Math.round(box.width)}×${Math.round(box.height)} "${String(words).slice(0, 24)}"`,
            district: e.closest('svg') ? e.getAttribute('aria-label') : null,
          });
        }
      }
      return small;
    },
    [CONTROLS, within] as const,
  );
}

/**
 * The `districts` (of the map, by name) that the page's district picker does not offer as a thumb's target: all of
 * them when there is no picker or its box is under 44 px tall, else those not among its options 44 px tall.
 */
async function unpicked(page: Page, districts: string[]): Promise<string[]> {
  const picker = page.locator('.m-main [data-testid="st-public-district"]');
  if ((await picker.count()) === 0) return districts;
  const box = await picker.boundingBox();
  if (!box || box.height < 44) return districts;
  await picker.click();
  const list = page.locator('.ant-select-dropdown:visible:not([class*="-leave"])');
  await untilStill(list);
  const offered = await list
    .locator('.ant-select-item-option')
    .evaluateAll((all) =>
      all.filter((o) => o.getBoundingClientRect().height >= 44).map((o) => (o.textContent ?? '').trim()),
    );
  await page.keyboard.press('Escape');
  await selectsClosed(page);
  return districts.filter((d) => !offered.includes(d));
}

/** The page's ways back up, each as where it leads, then its height and words. */
function backLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.m-main [data-testid="m-back"]')).map((a) => {
      const box = a.getBoundingClientRect();
      const height = box.height >= 44 ? '' : ` ${Math.round(box.height)} px tall`;
      return `${a.getAttribute('href')} ${height}"${(a.textContent ?? '').trim()}"`;
    }),
  );
}
