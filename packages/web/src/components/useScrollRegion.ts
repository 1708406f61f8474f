import type { TableRef } from 'antd/es/table';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The boxes antd scrolls a table's rows in: sideways (`scroll.x`) or down inside a fixed height (`scroll.y`). */
const SCROLL_BOXES = '.ant-table-content, .ant-table-body';

/** Whether a box's content runs past it, so that it scrolls (a pixel of rounding aside). */
const scrolls = (box: HTMLElement) =>
  box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;

/**
 * What a table is called on its page: its own `aria-label`, else the title of the card or dialog it stands in, else
 * the page's heading.
 */
function tableName(root: HTMLElement): string {
  const own = root.querySelector('table')?.getAttribute('aria-label');
  const title =
    root.closest('.ant-card')?.querySelector('.ant-card-head-title') ??
    root.closest('.ant-modal')?.querySelector('.ant-modal-title') ??
    document.querySelector('h1');
  return (own ?? title?.textContent ?? '').trim();
}

/**
 * A table whose rows scroll, reachable by keyboard (WCAG 2.1.1): the box that scrolls takes the focus with Tab, so
 * the arrow keys scroll it, and is a region named after the table (its card's title, its dialog's or the page's), so
 * a screen reader says what has the focus. A table that fits its box takes no focus of its own: it is marked and
 * unmarked as its rows, its columns and the window change. The ref goes on antd's `Table`.
 */
export function useScrollRegion(): RefObject<TableRef | null> {
  const ref = useRef<TableRef>(null);
  const { t } = useTranslation();
  // after every drawing of the table: a new page of rows or a table shown after loading may bring new boxes
  useEffect(() => {
    const root = ref.current?.nativeElement;
    if (!root) return;
    const mark = () => {
      for (const box of root.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
        if (!scrolls(box)) {
          for (const a of ['tabindex', 'role', 'aria-label']) box.removeAttribute(a);
          continue;
        }
        const name = tableName(root);
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute(
          'aria-label',
          name ? t('common.scrollTable', { name }) : t('common.scrollTableUnnamed'),
        );
      }
    };
    // the table's box and each scrolling box with what it holds: a change of size in any may start or end a scroll
    const sizes = new ResizeObserver(mark);
    sizes.observe(root);
    for (const box of root.querySelectorAll<HTMLElement>(SCROLL_BOXES)) {
      sizes.observe(box);
      if (box.firstElementChild) sizes.observe(box.firstElementChild);
    }
    return () => sizes.disconnect();
  });
  return ref;
}
