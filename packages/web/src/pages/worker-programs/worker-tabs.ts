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

/** Pages opened from 我的 alone, under which it stays lit: the password change and the member card. */
export const MINE = ['/m/password', '/m/card'];

/**
 * The tab lit on a page: its own tab (also on the pages below it), 服务 on a service's pages, 我的 on the pages
 * opened from it; none elsewhere.
 */
export function litTab(pathname: string): TabKey | undefined {
  const under = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const own = TAB_PAGES.find((tab) => under(tab.to));
  if (own) return own.key;
  if (SERVICES.some((s) => pathname.startsWith(s.to))) return 'services';
  if (MINE.some(under)) return 'me';
  return undefined;
}
