import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, ROLES } from '../../server/src/access/access.ts';
import { MENU_AREAS } from '../../server/src/shared/menu-usage.ts';
import App from './App.tsx';
import { currentEntry, currentPlace, menuPagesOf, NAV, NAV_GROUPS, navFor } from './nav.tsx';

type RouteProps = { path?: string; element?: ReactNode; children?: ReactNode };

/** The routes of the app as declared, each with its full path, and whether it sits in the staff frame. */
function routesOf(node: ReactNode, base = '', staff = false): { path: string; staff: boolean }[] {
  if (Array.isArray(node)) return node.flatMap((n) => routesOf(n, base, staff));
  if (!isValidElement(node)) return [];
  const { path, element, children } = (node as ReactElement<RouteProps>).props;
  const inStaff =
    staff ||
    (isValidElement(element) && (element.props as { side?: string }).side === 'staff' && path === undefined);
  const full = path === undefined ? base : path.startsWith('/') ? path : `${base}/${path}`;
  const here = path !== undefined && element !== undefined ? [{ path: full, staff: inStaff }] : [];
  return [...here, ...routesOf(children, full, inStaff)];
}

/** Pages reached from the header rather than the menu: my account (user menu) and messages (the bell). */
const FROM_HEADER = ['/account', '/messages'];

const pathOf = (entry: { path: string }) => entry.path.split('?')[0];

describe('the staff side menu', () => {
  const routes = routesOf(App());
  const staffRoutes = routes.filter((r) => r.staff).map((r) => r.path);

  it('finds the staff routes it checks', () => {
    expect(staffRoutes).toContain('/orgs');
    expect(staffRoutes).toContain('/innovation/studios/:id');
    expect(staffRoutes).not.toContain('/m/me');
  });

  it('gives every staff page a home in a group: its own entry or one above it', () => {
    const homeless = staffRoutes.filter(
      (path) => !FROM_HEADER.includes(path) && !currentEntry(NAV, path.replace(/:\w+/g, '1')),
    );
    expect(homeless).toEqual([]);
  });

  it('opens only pages that exist, each from one entry', () => {
    expect(NAV.map(pathOf).filter((p) => !staffRoutes.includes(p))).toEqual([]);
    expect(new Set(NAV.map((e) => e.path)).size).toBe(NAV.length);
  });

  it('puts the statistics of every module under 统计, and nothing else there', () => {
    // 'stat' or 'stats' as a word ('/station-stats', '?tab=stats'), not inside another ('/stations')
    const statistics = (path: string) => /stats?\b|^\/reports\/|^\/dashboard$/.test(path);
    for (const e of NAV) expect([e.path, e.group === 'stats']).toEqual([e.path, statistics(e.path)]);
    expect(NAV.filter((e) => e.group === 'stats').length).toBeGreaterThanOrEqual(9);
  });

  it('puts a statistics page declared on a list line under 统计, with the line’s permission and area', () => {
    // found by path: a module's line in a later group adds its page after these
    const declared = ['/station-stats', '/wellness-stats'];
    const stats = NAV.filter((e) => e.group === 'stats' && declared.includes(e.path));
    expect(stats).toEqual([
      {
        group: 'stats',
        path: '/station-stats',
        label: 'st.statsNav',
        permission: 'stations.read',
        area: 'stations',
      },
      {
        group: 'stats',
        path: '/wellness-stats',
        label: 'wel.statsNav',
        permission: 'wellness.read',
        area: 'wellness',
      },
    ]);
    expect(NAV.find((e) => e.path === '/stations')?.group).toBe('support');
  });

  it('shows each role only groups it has something to use in', () => {
    const groupsOf = (role: (typeof ROLES)[number]) =>
      navFor([...ROLE_PERMISSIONS[role]]).map((s) => s.group);
    expect(groupsOf('admin')).toEqual([...NAV_GROUPS]);
    // a worker holds todo.read for the phone home; the staff menu is never shown to one
    expect(groupsOf('worker')).toEqual(['members']);
    // 待办 (the first entry of the first group) is every role's; a judge's list holds the nominations to score
    expect(groupsOf('judge')).toEqual(['members', 'contests']);
    // a group that would hold 待办 alone shows it as a line of its own, not as 会员与组织 (the security and audit
    // administrators, a judge); with anything else of the group, 待办 stays its first entry
    for (const role of ['security_admin', 'audit_admin', 'judge'] as const) {
      const first = navFor([...ROLE_PERMISSIONS[role]])[0];
      expect([role, first?.alone, first?.entries.map((e) => e.path)]).toEqual([role, true, ['/todo']]);
    }
    expect(groupsOf('security_admin')).toEqual(['members', 'system']);
    expect(groupsOf('audit_admin')).toEqual(['members', 'system']);
    for (const role of ['admin', 'manager', 'staff', 'reviewer'] as const) {
      const first = navFor([...ROLE_PERMISSIONS[role]])[0];
      expect([role, first?.alone, first?.entries[0]?.path]).toEqual([role, undefined, '/todo']);
    }
    expect(groupsOf('reviewer')).not.toContain('system');
    expect(groupsOf('staff')).not.toContain('system');
    for (const role of ROLES)
      for (const s of navFor([...ROLE_PERMISSIONS[role]])) expect(s.entries).not.toEqual([]);
    // every entry is open to some role
    const anyone = new Set(ROLES.flatMap((r) => [...ROLE_PERMISSIONS[r]]));
    expect(NAV.filter((e) => !anyone.has(e.permission))).toEqual([]);
  });

  it('offers under an empty to-do list the pages of the menu, 待办 aside', () => {
    const pagesOf = (role: (typeof ROLES)[number]) =>
      menuPagesOf([...ROLE_PERMISSIONS[role]]).map((e) => e.path);
    // the administrators whose work waits for no one land one click from it
    expect(pagesOf('security_admin')).toEqual(['/security-settings', '/roles']);
    expect(pagesOf('audit_admin')).toEqual(['/audit']);
    for (const role of ROLES) {
      const pages = pagesOf(role);
      expect(pages).not.toContain('/todo');
      expect(pages.length).toBeLessThanOrEqual(8);
    }
    // a clerk is offered the first pages of the menu, in its order
    expect(pagesOf('manager')[0]).toBe(navFor([...ROLE_PERMISSIONS.manager])[0].entries[1].path);
  });

  it('marks the most precise entry as current', () => {
    expect(currentEntry(NAV, '/learning', '?tab=stats')?.path).toBe('/learning?tab=stats');
    expect(currentEntry(NAV, '/learning', '?tab=courses')?.path).toBe('/learning');
    expect(currentEntry(NAV, '/innovation/studio-stats')?.group).toBe('stats');
    expect(currentEntry(NAV, '/innovation/studios/7')?.path).toBe('/innovation/studios');
    expect(currentEntry(NAV, '/reports/selections')?.path).toBe('/reports/selections');
    expect(currentEntry(NAV, '/account')).toBeUndefined();
  });

  it('folds the areas the unions have not used into 更多服务, last, until they are used (ADR 76)', () => {
    const staff = [...ROLE_PERMISSIONS.staff];
    const fresh = navFor(staff, []);
    expect(fresh.at(-1)?.group).toBe('more');
    const more = fresh.at(-1)?.entries ?? [];
    expect(more.map((e) => e.area)).not.toContain(undefined);
    // what every union keeps stays in place: the to-do list, the members, the programs
    const kept = fresh.filter((s) => s.group !== 'more').flatMap((s) => s.entries.map((e) => e.path));
    expect(kept).toEqual(expect.arrayContaining(['/todo', '/members', '/programs']));
    const used = navFor(staff, ['cases']);
    expect(used.find((s) => s.group === 'cases')?.entries.map((e) => e.path)).toContain('/cases');
    expect(used.find((s) => s.group === 'stats')?.entries.map((e) => e.path)).toContain('/case-stats');
    expect(used.at(-1)?.entries.map((e) => e.path)).not.toContain('/cases');
    // every area used: nothing folds, as before the usage is known
    expect(navFor(staff, [...MENU_AREAS])).toEqual(navFor(staff));
    // each area the server probes has a page in the menu
    expect(MENU_AREAS.filter((a) => !NAV.some((e) => e.area === a))).toEqual([]);
  });

  it('selects the entry of every staff page that has one and opens the group showing it, 更多服务 included (trial 44)', () => {
    // a page whose area is unused sits under 更多服务: the menu opened the entry's own group and selected nothing there
    for (const role of ROLES) {
      const permissions = [...ROLE_PERMISSIONS[role]];
      for (const used of [undefined, [] as string[], ['programs', 'care']]) {
        const sections = navFor(permissions, used);
        for (const section of sections) {
          for (const entry of section.entries) {
            const [pathname, query = ''] = entry.path.split('?');
            const at = `${role} ${entry.path} (used: ${used ?? 'all'})`;
            const place = currentPlace(sections, pathname, query ? `?${query}` : '');
            expect(place?.entry, at).toBe(entry);
            expect(place?.group, at).toBe(section.alone ? undefined : section.group);
          }
        }
        // and a page below an entry (a record of the register) the same
        const insurance = sections.find((s) => s.entries.some((e) => e.path === '/insurance'));
        if (insurance) expect(currentPlace(sections, '/insurance/9')?.group).toBe(insurance.group);
      }
    }
    const staff = navFor([...ROLE_PERMISSIONS.staff], []);
    expect(currentPlace(staff, '/insurance')?.group).toBe('more');
    expect(currentPlace(staff, '/stations')?.entry.path).toBe('/stations');
  });
});
