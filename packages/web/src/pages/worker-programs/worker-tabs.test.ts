import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES } from '../../App.tsx';
import { SERVICES } from '../worker/worker-services.tsx';
import { backOf, litTab, MINE, TAB_PAGES } from './worker-tabs.ts';

/** Worker pages opened from a page of their own rather than from a tab, the 服务 grid or 我的. */
const OPENED_FROM_A_PAGE = {
  payments: 'my payments, from 我的申请',
};

describe('the bottom tab lit on a worker page', () => {
  it('its own tab, 服务 on a service, 我的 on the pages opened from it, none elsewhere', () => {
    expect(litTab('/m/programs')).toBe('programs');
    expect(litTab('/m/applications/12')).toBe('applications');
    expect(litTab('/m/me')).toBe('me');
    expect(litTab('/m/pledges')).toBe('services');
    expect(litTab('/m/cases/3')).toBe('services');
    expect(litTab('/m/password')).toBe('me');
    expect(litTab('/m/card')).toBe('me');
    expect(litTab('/m/join')).toBeUndefined();
  });

  it("every folder's phone list (`/m/<m>`) is opened by a tab, a line of the 服务 grid (worker-services.tsx) or 我的", () => {
    const opened = new Set<string>([...TAB_PAGES, ...SERVICES].map((p) => p.to));
    for (const to of MINE) opened.add(to);
    const lists = Object.values(PAGE_ROUTES)
      .flatMap((r) => r.worker ?? [])
      .map((r) => r.path)
      .filter((path) => !path.includes('/') && !path.includes(':'));
    const unreached = lists.filter((path) => !opened.has(`/m/${path}`) && !(path in OPENED_FROM_A_PAGE));
    expect(unreached).toEqual([]);
    expect(Object.keys(OPENED_FROM_A_PAGE).filter((path) => !lists.includes(path))).toEqual([]);
  });
});

describe('the way back up above a worker page (the layout’s ‹ 服务)', () => {
  it('none on a tab’s own page; a service back to 服务, its inner pages back to it; 我的’s pages back to 我的', () => {
    for (const tab of TAB_PAGES) expect(backOf(tab.to)).toBeUndefined();
    expect(backOf('/m/insurance')).toEqual({ to: '/m/services', label: 'wp.tabs.services' });
    expect(backOf('/m/near')).toEqual({ to: '/m/services', label: 'wp.tabs.services' });
    expect(backOf('/m/cases/new')).toEqual({ to: '/m/cases', label: 'case.tab' });
    expect(backOf('/m/learning/enrolments/4')).toEqual({ to: '/m/learning', label: 'learn.tab' });
    expect(backOf('/m/programs/7/apply')).toEqual({ to: '/m/programs', label: 'wp.tabs.programs' });
    expect(backOf('/m/messages/sms')).toEqual({ to: '/m/messages', label: 'msg.tab' });
    expect(backOf('/m/password')).toEqual({ to: '/m/me', label: 'wp.tabs.me' });
    expect(backOf('/m/card')).toEqual({ to: '/m/me', label: 'wp.tabs.me' });
    expect(backOf('/m/payments')).toEqual({ to: '/m/applications', label: 'wp.tabs.applications' });
    expect(backOf('/m/join')).toBeUndefined();
  });

  it('every worker page but the tabs’ own has one', () => {
    const tabs = new Set<string>(TAB_PAGES.map((tab) => tab.to));
    const pages = Object.values(PAGE_ROUTES)
      .flatMap((r) => r.worker ?? [])
      .map((r) => `/m/${r.path.replace(/:\w+/g, '1')}`);
    expect(pages.filter((to) => !tabs.has(to) && !backOf(to))).toEqual([]);
  });
});
