import {
  AppstoreOutlined,
  BarChartOutlined,
  BulbOutlined,
  CarryOutOutlined,
  CommentOutlined,
  FileProtectOutlined,
  HeartOutlined,
  ReadOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../server/src/access/access.ts';
import type { MenuArea } from '../../server/src/shared/menu-usage.ts';

/**
 * The staff side menu, in one table: nine groups by area, each entry in the group of its area. Every statistics
 * page sits under 统计 (stats), whichever module it counts — a page that is a register with its own figures (办实事,
 * a 送温暖 campaign's report) stays with its area. An entry shows when the signed-in user holds its permission (GET
 * /api/auth/me); a group with no entry to show is left out. To add a page: its route in its area's routes.tsx, its
 * line here (nav.test.ts fails for a route with no entry above it).
 */
export const NAV_GROUPS = [
  'members',
  'support',
  'innovation',
  'contests',
  'learning',
  'cases',
  'agreements',
  'stats',
  'system',
] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];
/** A menu group as shown: one of the nine, or 更多服务 holding the areas the user's unions have not used yet. */
export type MenuGroup = NavGroup | 'more';

export const NAV_GROUP_ICONS: Record<MenuGroup, ReactNode> = {
  members: <TeamOutlined />,
  support: <HeartOutlined />,
  innovation: <BulbOutlined />,
  contests: <TrophyOutlined />,
  learning: <ReadOutlined />,
  cases: <CommentOutlined />,
  agreements: <FileProtectOutlined />,
  stats: <BarChartOutlined />,
  system: <SettingOutlined />,
  more: <AppstoreOutlined />,
};

/** The icon of 待办 when it stands alone at the top of the menu (NavSection.alone). */
export const ALONE_ICON = <CarryOutOutlined />;

export interface NavEntry {
  group: NavGroup;
  /**
   * The address the entry opens. It is current on that path and every path below it; an entry with a query
   * (`/learning?tab=stats`) is current only when the address carries the same parameters.
   */
  path: string;
  /** An i18n key (zh.ts / en.ts). */
  label: string;
  permission: Permission;
  /**
   * The service area the page belongs to: until a union of the user's subtree or above it has a record of the
   * area, the entry waits under 更多服务 (ADR 76). Registers every union keeps (members, programs …) have none.
   */
  area?: MenuArea;
  /** A count shown beside the label: the applications waiting at the user's step. */
  badge?: 'waitingReviews' | 'todo';
}

/**
 * A menu line: its address, its label, the permission that shows it, its area (更多服务) and, where it has them, its
 * count and its statistics page — `stats: [path, label]` adds that page's entry under 统计 (after the group's own
 * lines, in menu order) with the same permission and area, so a new module's list and statistics are one line.
 */
type NavRow = readonly [
  path: string,
  label: string,
  permission: Permission,
  area?: MenuArea | undefined,
  more?: { badge?: NavEntry['badge']; stats?: readonly [path: string, label: string] },
];

/** Every entry by group, in menu order, a line each. */
const NAV_ROWS: Record<NavGroup, readonly NavRow[]> = {
  // 会员与组织
  members: [
    ['/todo', 'todo.nav', 'todo.read', undefined, { badge: 'todo' }],
    ['/orgs', 'nav.orgs', 'org.read'],
    ['/foundings', 'el.nav', 'elections.read', 'elections'],
    ['/elections', 'el.termsNav', 'elections.read', 'elections'],
    ['/members', 'nav.members', 'people.read'],
    ['/join-requests', 'onb.nav.joinRequests', 'members.join.review'],
    ['/member-requests', 'mr.nav', 'members.requests.review'],
    ['/records', 'rec.nav', 'records.read'],
    ['/import', 'nav.import', 'people.import'],
    ['/registers', 'registers.nav', 'org.read'],
    ['/scan', 'card.scan.nav', 'cards.verify'],
    ['/returns', 'ret.nav', 'returns.fill'],
  ],
  // 助推与帮扶
  support: [
    ['/programs', 'prog.nav.programs', 'programs.read'],
    ['/applications', 'prog.nav.applications', 'applications.review', undefined, { badge: 'waitingReviews' }],
    ['/pickup', 'prog.nav.pickup', 'claims.manage'],
    ['/ledger', 'prog.nav.ledger', 'ledger.read'],
    ['/hardship', 'hs.nav.list', 'hardship.read', 'hardship'],
    ['/care', 'care.nav', 'care.read', 'care'],
    ['/care/visits', 'care.visits.nav', 'care.read', 'care'],
    ['/pledges', 'pl.nav.list', 'pledges.read', 'pledges'],
    ['/donors', 'don.nav.donors', 'donations.read', 'donations'],
    ['/donations', 'don.nav.donations', 'donations.read', 'donations'],
    ['/funds', 'don.nav.funds', 'donations.read', 'donations'],
    ['/insurance', 'ins.nav', 'insurance.read', 'insurance'],
    ['/insurance/claims', 'ins.claimsNav', 'insurance.read', 'insurance'],
    [
      '/activities',
      'act.nav',
      'activities.read',
      'activities',
      { stats: ['/activity-stats', 'act.statsNav'] },
    ],
    ['/activities/calls', 'calls.nav', 'calls.read', 'calls', { stats: ['/call-stats', 'calls.statsNav'] }],
    [
      '/counselling',
      'csl.nav',
      'counselling.read',
      'counselling',
      { stats: ['/counselling-stats', 'csl.statsNav'] },
    ],
    ['/counselling/mine', 'csl.navMine', 'counselling.counsel', 'counselling'],
    ['/stations', 'st.nav', 'stations.read', 'stations', { stats: ['/station-stats', 'st.statsNav'] }],
    ['/wellness', 'wel.nav', 'wellness.read', 'wellness', { stats: ['/wellness-stats', 'wel.statsNav'] }],
    ['/model-workers', 'mw.nav', 'modelworkers.read', 'modelworkers'],
  ],
  // 创新
  innovation: [
    ['/innovation/studios', 'stu.nav.studios', 'innovation.read', 'innovation'],
    ['/innovation/recognitions', 'stu.nav.recognitions', 'innovation.read', 'innovation'],
    ['/innovation/reevaluations', 'stu.nav.reevaluations', 'innovation.read', 'innovation'],
    ['/innovation/achievements', 'ach.nav.achievements', 'innovation.read', 'innovation'],
    ['/innovation/leads', 'ach.nav.leads', 'innovation.read', 'innovation'],
    ['/innovation/problems', 'ip.nav.problems', 'innovation.read', 'innovation'],
    ['/innovation/alliance', 'ip.nav.alliance', 'innovation.read', 'innovation'],
    ['/innovation/mentoring', 'ip.nav.mentoring', 'innovation.read', 'innovation'],
  ],
  // 竞赛与评选
  contests: [
    ['/contests', 'contest.nav.list', 'contests.read', 'contests'],
    ['/selections', 'sel.nav.selections', 'selections.read', 'selections'],
    ['/judging', 'sel.nav.judging', 'selections.judge', 'selections'],
  ],
  // 学习
  learning: [['/learning', 'learn.nav', 'learning.read', 'learning']],
  // 诉求
  cases: [
    ['/cases', 'case.nav.list', 'cases.read', 'cases'],
    ['/case-calendar', 'case.nav.calendar', 'cases.read', 'cases'],
  ],
  // 合同
  agreements: [
    ['/agreements', 'agr.nav.list', 'agreements.read', 'agreements'],
    ['/congresses', 'cong.nav', 'congresses.read', 'congresses'],
    ['/congresses/proposals', 'cong.proposalsNav', 'congresses.read', 'congresses'],
    ['/congresses/disclosures', 'cong.disclosuresNav', 'congresses.read', 'congresses'],
  ],
  // 统计: every module's statistics page
  stats: [
    ['/dashboard', 'prog.nav.dashboard', 'reports.read'],
    ['/hardship-stats', 'hs.nav.stats', 'hardship.read', 'hardship'],
    ['/donation-stats', 'don.nav.stats', 'donations.read', 'donations'],
    ['/innovation/studio-stats', 'stu.nav.stats', 'reports.read', 'innovation'],
    ['/contest-stats', 'contest.nav.stats', 'contests.read', 'contests'],
    ['/reports/selections', 'sel.nav.stats', 'reports.read', 'selections'],
    ['/learning?tab=stats', 'nav.learningStats', 'learning.read', 'learning'],
    ['/case-stats', 'case.nav.stats', 'cases.read', 'cases'],
    ['/agreement-stats', 'agr.nav.stats', 'agreements.read', 'agreements'],
    ['/insurance-stats', 'ins.statsNav', 'insurance.read', 'insurance'],
    ['/election-stats', 'el.statsNav', 'elections.read', 'elections'],
    ['/modelworker-stats', 'mw.statsNav', 'modelworkers.read', 'modelworkers'],
    ['/congress-stats', 'cong.statsNav', 'congresses.read', 'congresses'],
  ],
  // 系统
  system: [
    ['/go-live', 'golive.nav', 'users.manage'],
    ['/users', 'acct.nav.users', 'users.manage'],
    ['/security-settings', 'acct.security.nav', 'security.settings'],
    ['/roles', 'acct.roles.nav', 'roles.manage'],
    ['/audit', 'nav.audit', 'audit.read'],
    ['/outbox', 'onb.nav.outbox', 'outbox.read'],
    ['/sms/deliveries', 'sms.nav.deliveries', 'sms.read'],
    ['/sms/templates', 'sms.nav.templates', 'sms.templates'],
  ],
};

const navEntry = ([path, label, permission, area, more]: NavRow, group: NavGroup): NavEntry => ({
  group,
  path,
  label,
  permission,
  ...(area ? { area } : {}),
  ...(more?.badge ? { badge: more.badge } : {}),
});

/** The statistics pages declared on the lines of the other groups, in menu order. */
const declaredStats: NavRow[] = NAV_GROUPS.flatMap((group) =>
  NAV_ROWS[group].flatMap(([, , permission, area, more]) =>
    more?.stats ? [[more.stats[0], more.stats[1], permission, area] as const] : [],
  ),
);

/** Every entry, in menu order. */
export const NAV: readonly NavEntry[] = NAV_GROUPS.flatMap((group) =>
  [...NAV_ROWS[group], ...(group === 'stats' ? declaredStats : [])].map((row) => navEntry(row, group)),
);

export interface NavSection {
  group: MenuGroup;
  entries: NavEntry[];
  /**
   * The group would hold 待办 alone (a security or audit administrator, a judge): its one entry is shown on its
   * own, a line at the top of the menu, rather than under a group named for pages the user has none of.
   */
  alone?: true;
}

/**
 * The groups a user with `permissions` sees, in menu order, each with the entries they may use; none is empty. A
 * group that would hold only 待办 is marked `alone`: the menu shows 待办 as a line of its own.
 * With `used` (the areas the user's unions have used, GET /api/menu/usage), the entries of the other areas move
 * to a last group, 更多服务, in their menu order; an entry moves back to its group once its area is used.
 */
export function navFor(permissions: readonly string[], used?: readonly string[]): NavSection[] {
  const mine = NAV.filter((e) => permissions.includes(e.permission));
  const folded = (e: NavEntry) => used !== undefined && e.area !== undefined && !used.includes(e.area);
  const sections: NavSection[] = NAV_GROUPS.map((group) => ({
    group,
    entries: mine.filter((e) => e.group === group && !folded(e)),
  }));
  sections.push({ group: 'more', entries: mine.filter(folded) });
  return sections
    .filter((s) => s.entries.length > 0)
    .map((s) => (s.entries.length === 1 && s.entries[0].path === '/todo' ? { ...s, alone: true } : s));
}

/**
 * The pages a user with `permissions` may open from the menu, 待办 aside, in menu order (at most `max`): what an
 * empty to-do list offers, so that an account whose work waits for no one (a security or audit administrator)
 * lands one click from it.
 */
export function menuPagesOf(permissions: readonly string[], max = 8): NavEntry[] {
  return navFor(permissions)
    .flatMap((s) => s.entries)
    .filter((e) => e.path !== '/todo')
    .slice(0, max);
}

/**
 * The entry current at an address: the one whose path is the address or lies above it, the longest such path
 * winning; an entry with a query matches only an address carrying its parameters (and then beats the same path
 * without one).
 */
export function currentEntry(
  entries: readonly NavEntry[],
  pathname: string,
  search = '',
): NavEntry | undefined {
  const asked = new URLSearchParams(search);
  let best: { entry: NavEntry; score: number } | undefined;
  for (const entry of entries) {
    const [path, query = ''] = entry.path.split('?');
    if (pathname !== path && !pathname.startsWith(`${path}/`)) continue;
    const wanted = [...new URLSearchParams(query)];
    if (!wanted.every(([k, v]) => asked.get(k) === v)) continue;
    const score = path.length * 10 + wanted.length;
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry;
}

/**
 * Where the page at an address sits in the menu as shown: the entry current there (`currentEntry` among the
 * sections' entries) and the group that shows it, which is 更多服务 for an entry waiting there, not the group the
 * entry belongs to (the menu opened 助推与帮扶 on /insurance, where 团体意外险 sat under 更多服务, and selected
 * nothing in sight). An entry shown alone has no group to open.
 */
export function currentPlace(
  sections: readonly NavSection[],
  pathname: string,
  search = '',
): { entry: NavEntry; group: MenuGroup | undefined } | undefined {
  const entry = currentEntry(
    sections.flatMap((s) => s.entries),
    pathname,
    search,
  );
  const section = entry && sections.find((s) => s.entries.includes(entry));
  return entry && section ? { entry, group: section.alone ? undefined : section.group } : undefined;
}
