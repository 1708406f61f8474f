import { SERVICES } from '../worker/worker-services.tsx';

/** The bottom tabs of the worker pages, each with the page it opens. */
export const TAB_PAGES = [
  { to: '/m/programs', key: 'programs' },
  { to: '/m/applications', key: 'applications' },
  { to: '/m/services', key: 'services' },
  { to: '/m/messages', key: 'messages' },
  { to: '/m/me', key: 'me' },
] as const;

export type TabKey = (typeof TAB_PAGES)[number]['key'];

/** A tab's label: its own in wp.tabs, the messages' in their area's strings. */
export const tabLabel = (key: TabKey) => (key === 'messages' ? 'msg.tab' : `wp.tabs.${key}`);

/** Pages opened from 我的 alone, under which it stays lit: the password change and the member card. */
export const MINE = ['/m/password', '/m/card'];

/** Pages opened from a tab's page though not under its path: my payments, from 我的申请. */
const OPENED_FROM: Record<string, TabKey> = { '/m/payments': 'applications' };

const under = (pathname: string, to: string) => pathname === to || pathname.startsWith(`${to}/`);

/**
 * The tab lit on a page: its own tab (also on the pages below it), 服务 on a service's pages, 我的 on the pages
 * opened from it; none elsewhere.
 */
export function litTab(pathname: string): TabKey | undefined {
  const own = TAB_PAGES.find((tab) => under(pathname, tab.to));
  if (own) return own.key;
  if (SERVICES.some((s) => pathname.startsWith(s.to))) return 'services';
  if (MINE.some((to) => under(pathname, to))) return 'me';
  return undefined;
}

/** Where the worker layout's back link leads and its words (a message key). */
export interface BackLink {
  to: string;
  label: string;
}

/**
 * The link back up from a page below a tab (the worker layout's ‹ 服务): a service's page back to 服务 and the
 * pages below it back to the service; a page below a tab's back to the tab's page; 我的's pages back to 我的; my
 * payments back to 我的申请. None on a tab's own page, nor on a page no tab leads to.
 */
export function backOf(pathname: string): BackLink | undefined {
  const path = pathname.replace(/\/+$/, '');
  const tabTo = (key: TabKey): BackLink => ({
    to: TAB_PAGES.find((tab) => tab.key === key)?.to ?? '/m/me',
    label: tabLabel(key),
  });
  if (TAB_PAGES.some((tab) => tab.to === path)) return undefined;
  const tab = TAB_PAGES.find((x) => under(path, x.to));
  if (tab) return tabTo(tab.key);
  const service = SERVICES.find((s) => under(path, s.to));
  if (service) return path === service.to ? tabTo('services') : { to: service.to, label: service.label };
  if (MINE.some((to) => under(path, to))) return tabTo('me');
  const from = OPENED_FROM[path];
  return from ? tabTo(from) : undefined;
}
