import {
  AppstoreOutlined,
  BarChartOutlined,
  BulbOutlined,
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

/** Every entry by group, in menu order. */
const NAV_TABLE: Record<NavGroup, readonly Omit<NavEntry, 'group'>[]> = {
  // 会员与组织
  members: [
    { path: '/todo', label: 'todo.nav', permission: 'todo.read', badge: 'todo' },
    { path: '/orgs', label: 'nav.orgs', permission: 'org.read' },
    { path: '/foundings', area: 'elections', label: 'el.nav', permission: 'elections.read' },
    { path: '/elections', area: 'elections', label: 'el.termsNav', permission: 'elections.read' },
    { path: '/members', label: 'nav.members', permission: 'people.read' },
    { path: '/join-requests', label: 'onb.nav.joinRequests', permission: 'members.join.review' },
    { path: '/member-requests', label: 'mr.nav', permission: 'members.requests.review' },
    { path: '/records', label: 'rec.nav', permission: 'records.read' },
    { path: '/import', label: 'nav.import', permission: 'people.import' },
    { path: '/registers', label: 'registers.nav', permission: 'org.read' },
    { path: '/scan', label: 'card.scan.nav', permission: 'cards.verify' },
    { path: '/returns', label: 'ret.nav', permission: 'returns.fill' },
  ],
  // 助推与帮扶
  support: [
    { path: '/programs', label: 'prog.nav.programs', permission: 'programs.read' },
    {
      path: '/applications',
      label: 'prog.nav.applications',
      permission: 'applications.review',
      badge: 'waitingReviews',
    },
    { path: '/pickup', label: 'prog.nav.pickup', permission: 'claims.manage' },
    { path: '/ledger', label: 'prog.nav.ledger', permission: 'ledger.read' },
    { path: '/hardship', area: 'hardship', label: 'hs.nav.list', permission: 'hardship.read' },
    { path: '/care', area: 'care', label: 'care.nav', permission: 'care.read' },
    { path: '/pledges', area: 'pledges', label: 'pl.nav.list', permission: 'pledges.read' },
    { path: '/donors', area: 'donations', label: 'don.nav.donors', permission: 'donations.read' },
    { path: '/donations', area: 'donations', label: 'don.nav.donations', permission: 'donations.read' },
    { path: '/funds', area: 'donations', label: 'don.nav.funds', permission: 'donations.read' },
    { path: '/insurance', area: 'insurance', label: 'ins.nav', permission: 'insurance.read' },
    { path: '/insurance/claims', area: 'insurance', label: 'ins.claimsNav', permission: 'insurance.read' },
    { path: '/activities', area: 'activities', label: 'act.nav', permission: 'activities.read' },
    { path: '/activities/calls', area: 'calls', label: 'calls.nav', permission: 'calls.read' },
    { path: '/counselling', area: 'counselling', label: 'csl.nav', permission: 'counselling.read' },
    {
      path: '/counselling/mine',
      area: 'counselling',
      label: 'csl.navMine',
      permission: 'counselling.counsel',
    },
    { path: '/stations', area: 'stations', label: 'st.nav', permission: 'stations.read' },
    { path: '/wellness', area: 'wellness', label: 'wel.nav', permission: 'wellness.read' },
    { path: '/model-workers', area: 'modelworkers', label: 'mw.nav', permission: 'modelworkers.read' },
  ],
  // 创新
  innovation: [
    {
      path: '/innovation/studios',
      area: 'innovation',
      label: 'stu.nav.studios',
      permission: 'innovation.read',
    },
    {
      path: '/innovation/recognitions',
      area: 'innovation',
      label: 'stu.nav.recognitions',
      permission: 'innovation.read',
    },
    {
      path: '/innovation/reevaluations',
      area: 'innovation',
      label: 'stu.nav.reevaluations',
      permission: 'innovation.read',
    },
    {
      path: '/innovation/achievements',
      area: 'innovation',
      label: 'ach.nav.achievements',
      permission: 'innovation.read',
    },
    { path: '/innovation/leads', area: 'innovation', label: 'ach.nav.leads', permission: 'innovation.read' },
    {
      path: '/innovation/problems',
      area: 'innovation',
      label: 'ip.nav.problems',
      permission: 'innovation.read',
    },
    {
      path: '/innovation/alliance',
      area: 'innovation',
      label: 'ip.nav.alliance',
      permission: 'innovation.read',
    },
    {
      path: '/innovation/mentoring',
      area: 'innovation',
      label: 'ip.nav.mentoring',
      permission: 'innovation.read',
    },
  ],
  // 竞赛与评选
  contests: [
    { path: '/contests', area: 'contests', label: 'contest.nav.list', permission: 'contests.read' },
    { path: '/selections', area: 'selections', label: 'sel.nav.selections', permission: 'selections.read' },
    { path: '/judging', area: 'selections', label: 'sel.nav.judging', permission: 'selections.judge' },
  ],
  // 学习
  learning: [{ path: '/learning', area: 'learning', label: 'learn.nav', permission: 'learning.read' }],
  // 诉求
  cases: [
    { path: '/cases', area: 'cases', label: 'case.nav.list', permission: 'cases.read' },
    { path: '/case-calendar', area: 'cases', label: 'case.nav.calendar', permission: 'cases.read' },
  ],
  // 合同
  agreements: [
    { path: '/agreements', area: 'agreements', label: 'agr.nav.list', permission: 'agreements.read' },
    { path: '/congresses', area: 'congresses', label: 'cong.nav', permission: 'congresses.read' },
    {
      path: '/congresses/proposals',
      area: 'congresses',
      label: 'cong.proposalsNav',
      permission: 'congresses.read',
    },
    {
      path: '/congresses/disclosures',
      area: 'congresses',
      label: 'cong.disclosuresNav',
      permission: 'congresses.read',
    },
  ],
  // 统计: every module's statistics page
  stats: [
    { path: '/dashboard', label: 'prog.nav.dashboard', permission: 'reports.read' },
    { path: '/hardship-stats', area: 'hardship', label: 'hs.nav.stats', permission: 'hardship.read' },
    { path: '/donation-stats', area: 'donations', label: 'don.nav.stats', permission: 'donations.read' },
    {
      path: '/innovation/studio-stats',
      area: 'innovation',
      label: 'stu.nav.stats',
      permission: 'reports.read',
    },
    { path: '/contest-stats', area: 'contests', label: 'contest.nav.stats', permission: 'contests.read' },
    { path: '/reports/selections', area: 'selections', label: 'sel.nav.stats', permission: 'reports.read' },
    {
      path: '/learning?tab=stats',
      area: 'learning',
      label: 'nav.learningStats',
      permission: 'learning.read',
    },
    { path: '/case-stats', area: 'cases', label: 'case.nav.stats', permission: 'cases.read' },
    { path: '/agreement-stats', area: 'agreements', label: 'agr.nav.stats', permission: 'agreements.read' },
    { path: '/insurance-stats', area: 'insurance', label: 'ins.statsNav', permission: 'insurance.read' },
    { path: '/election-stats', area: 'elections', label: 'el.statsNav', permission: 'elections.read' },
    {
      path: '/modelworker-stats',
      area: 'modelworkers',
      label: 'mw.statsNav',
      permission: 'modelworkers.read',
    },
    { path: '/congress-stats', area: 'congresses', label: 'cong.statsNav', permission: 'congresses.read' },
    { path: '/activity-stats', area: 'activities', label: 'act.statsNav', permission: 'activities.read' },
    { path: '/call-stats', area: 'calls', label: 'calls.statsNav', permission: 'calls.read' },
    {
      path: '/counselling-stats',
      area: 'counselling',
      label: 'csl.statsNav',
      permission: 'counselling.read',
    },
    { path: '/station-stats', area: 'stations', label: 'st.statsNav', permission: 'stations.read' },
    { path: '/wellness-stats', area: 'wellness', label: 'wel.statsNav', permission: 'wellness.read' },
  ],
  // 系统
  system: [
    { path: '/go-live', label: 'golive.nav', permission: 'users.manage' },
    { path: '/users', label: 'acct.nav.users', permission: 'users.manage' },
    { path: '/security-settings', label: 'acct.security.nav', permission: 'security.settings' },
    { path: '/roles', label: 'acct.roles.nav', permission: 'roles.manage' },
    { path: '/audit', label: 'nav.audit', permission: 'audit.read' },
    { path: '/outbox', label: 'onb.nav.outbox', permission: 'outbox.read' },
    { path: '/sms/deliveries', label: 'sms.nav.deliveries', permission: 'sms.read' },
    { path: '/sms/templates', label: 'sms.nav.templates', permission: 'sms.templates' },
  ],
};

/** Every entry, in menu order. */
export const NAV: readonly NavEntry[] = NAV_GROUPS.flatMap((group) =>
  NAV_TABLE[group].map((e) => ({ ...e, group })),
);

export interface NavSection {
  group: MenuGroup;
  entries: NavEntry[];
}

/**
 * The groups a user with `permissions` sees, in menu order, each with the entries they may use; none is empty.
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
  return sections.filter((s) => s.entries.length > 0);
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
