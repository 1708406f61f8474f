/**
 * Accessibility of a page as the journeys that walk every page check it (menu, phone-pages): axe-core's rules of
 * WCAG 2.1 AA (GB/T 37668 asks the same) that the app's pages pass, each page failing on a critical or serious
 * breach of one. A rule is named here once the pages pass it, so a new page or a new field breaking it fails the
 * walk that reaches it, naming the page, the rule and the element.
 */
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The rules held: a field with no name (a filter's select, a year box, a switch), a button or link with none, an
 * image with no alt, a list of something other than items, a progress bar with no name, buttons inside an image, a
 * link told from its words by colour alone, words too pale to read (4.5:1, a tag's too: theme.ts), and a box that
 * scrolls but that a keyboard cannot reach (a table wider than its card: useScrollRegion).
 */
export const HELD_RULES = [
  'label',
  'select-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'button-name',
  'link-name',
  'image-alt',
  'input-image-alt',
  'role-img-alt',
  'svg-img-alt',
  'list',
  'listitem',
  'definition-list',
  'dlitem',
  'aria-progressbar-name',
  'nested-interactive',
  'link-in-text-block',
  'color-contrast',
  'scrollable-region-focusable',
];

/** The options of every check: the held rules' breaches alone (the passes left uncollected), the page's own frame. */
const OPTIONS: RunOptions = {
  runOnly: { type: 'rule', values: HELD_RULES },
  resultTypes: ['violations'],
  // the app draws no frame of its own: a frame would be left unchecked rather than waited on
  iframes: false,
};

/**
 * Waits for the page's transitions and animations that end (a spinner's never does) to end: a tab or link caught in
 * the middle of its colour change (antd's 0.3 s) would be measured at a shade it never rests at, and a busy machine
 * makes that catch likelier. One cancelled on the way counts as ended.
 */
const settled = () =>
  Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
      .map((a) =>
        a.finished.then(
          () => undefined,
          () => undefined,
        ),
      ),
  );

/**
 * The held rules' breaches on the page as it stands. axe-core's source (1.3 MB) is read into the page the first time
 * and stays there while the walk moves from page to page inside the app (pushState), and the rules run in the page
 * itself. A fresh copy of the source for each check, then a blank page to merge the results in, took about four
 * times as long (on a busy 2-core machine: 4.0 s against 1.0 s a staff page, 2.0 s against 0.3 s a phone page).
 */
async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  await page.evaluate(settled);
  return page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    OPTIONS,
  );
}

/** The held rules' critical and serious breaches on the page as it stands, each as `where: rule at element`. */
export async function a11yFaults(page: Page, where: string): Promise<string[]> {
  const found = await runAxe(page);
  const faults: string[] = [];
  for (const rule of found.violations) {
    if (rule.impact !== 'critical' && rule.impact !== 'serious') continue;
    for (const node of rule.nodes)
      faults.push(`${where}: ${rule.id} at ${node.target.join(' ')} ${node.html.slice(0, 160)}`);
  }
  return faults;
}
