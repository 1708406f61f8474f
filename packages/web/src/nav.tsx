import {
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

export const NAV_GROUP_ICONS: Record<NavGroup, ReactNode> = {
  members: <TeamOutlined />,
  support: <HeartOutlined />,
  innovation: <BulbOutlined />,
  contests: <TrophyOutlined />,
  learning: <ReadOutlined />,
  cases: <CommentOutlined />,
  agreements: <FileProtectOutlined />,
  stats: <BarChartOutlined />,
  system: <SettingOutlined />,
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
  /** A count shown beside the label: the applications waiting at the user's step. */
  badge?: 'waitingReviews' | 'todo';
}

/** Every entry by group, in menu order. */
const NAV_TABLE: Record<NavGroup, readonly Omit<NavEntry, 'group'>[]> = {
  // 会员与组织
  members: [
    { path: '/todo', label: 'todo.nav', permission: 'todo.read', badge: 'todo' },
    { path: '/orgs', label: 'nav.orgs', permission: 'org.read' },
    { path: '/foundings', label: 'el.nav', permission: 'elections.read' },
    { path: '/elections', label: 'el.termsNav', permission: 'elections.read' },
    { path: '/members', label: 'nav.members', permission: 'people.read' },
    { path: '/join-requests', label: 'onb.nav.joinRequests', permission: 'members.join.review' },
    { path: '/member-requests', label: 'mr.nav', permission: 'members.requests.review' },
    { path: '/records', label: 'rec.nav', permission: 'records.read' },
    { path: '/import', label: 'nav.import', permission: 'people.import' },
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
    { path: '/hardship', label: 'hs.nav.list', permission: 'hardship.read' },
    { path: '/care', label: 'care.nav', permission: 'care.read' },
    { path: '/pledges', label: 'pl.nav.list', permission: 'pledges.read' },
    { path: '/donors', label: 'don.nav.donors', permission: 'donations.read' },
    { path: '/donations', label: 'don.nav.donations', permission: 'donations.read' },
    { path: '/funds', label: 'don.nav.funds', permission: 'donations.read' },
    { path: '/insurance', label: 'ins.nav', permission: 'insurance.read' },
    { path: '/insurance/claims', label: 'ins.claimsNav', permission: 'insurance.read' },
    { path: '/activities', label: 'act.nav', permission: 'activities.read' },
    { path: '/activities/calls', label: 'calls.nav', permission: 'calls.read' },
    { path: '/counselling', label: 'csl.nav', permission: 'counselling.read' },
    { path: '/counselling/mine', label: 'csl.navMine', permission: 'counselling.counsel' },
    { path: '/stations', label: 'st.nav', permission: 'stations.read' },
    { path: '/wellness', label: 'wel.nav', permission: 'wellness.read' },
    { path: '/model-workers', label: 'mw.nav', permission: 'modelworkers.read' },
  ],
  // 创新
  innovation: [
    { path: '/innovation/studios', label: 'stu.nav.studios', permission: 'innovation.read' },
    { path: '/innovation/recognitions', label: 'stu.nav.recognitions', permission: 'innovation.read' },
    { path: '/innovation/reevaluations', label: 'stu.nav.reevaluations', permission: 'innovation.read' },
    { path: '/innovation/achievements', label: 'ach.nav.achievements', permission: 'innovation.read' },
    { path: '/innovation/leads', label: 'ach.nav.leads', permission: 'innovation.read' },
    { path: '/innovation/problems', label: 'ip.nav.problems', permission: 'innovation.read' },
    { path: '/innovation/alliance', label: 'ip.nav.alliance', permission: 'innovation.read' },
    { path: '/innovation/mentoring', label: 'ip.nav.mentoring', permission: 'innovation.read' },
  ],
  // 竞赛与评选
  contests: [
    { path: '/contests', label: 'contest.nav.list', permission: 'contests.read' },
    { path: '/selections', label: 'sel.nav.selections', permission: 'selections.read' },
    { path: '/judging', label: 'sel.nav.judging', permission: 'selections.judge' },
  ],
  // 学习
  learning: [{ path: '/learning', label: 'learn.nav', permission: 'learning.read' }],
  // 诉求
  cases: [
    { path: '/cases', label: 'case.nav.list', permission: 'cases.read' },
    { path: '/case-calendar', label: 'case.nav.calendar', permission: 'cases.read' },
  ],
  // 合同
  agreements: [
    { path: '/agreements', label: 'agr.nav.list', permission: 'agreements.read' },
    { path: '/congresses', label: 'cong.nav', permission: 'congresses.read' },
    { path: '/congresses/proposals', label: 'cong.proposalsNav', permission: 'congresses.read' },
    { path: '/congresses/disclosures', label: 'cong.disclosuresNav', permission: 'congresses.read' },
  ],
  // 统计: every module's statistics page
  stats: [
    { path: '/dashboard', label: 'prog.nav.dashboard', permission: 'reports.read' },
    { path: '/hardship-stats', label: 'hs.nav.stats', permission: 'hardship.read' },
    { path: '/donation-stats', label: 'don.nav.stats', permission: 'donations.read' },
    { path: '/innovation/studio-stats', label: 'stu.nav.stats', permission: 'reports.read' },
    { path: '/contest-stats', label: 'contest.nav.stats', permission: 'contests.read' },
    { path: '/reports/selections', label: 'sel.nav.stats', permission: 'reports.read' },
    { path: '/learning?tab=stats', label: 'nav.learningStats', permission: 'learning.read' },
    { path: '/case-stats', label: 'case.nav.stats', permission: 'cases.read' },
    { path: '/agreement-stats', label: 'agr.nav.stats', permission: 'agreements.read' },
    { path: '/insurance-stats', label: 'ins.statsNav', permission: 'insurance.read' },
    { path: '/election-stats', label: 'el.statsNav', permission: 'elections.read' },
    { path: '/modelworker-stats', label: 'mw.statsNav', permission: 'modelworkers.read' },
    { path: '/congress-stats', label: 'cong.statsNav', permission: 'congresses.read' },
    { path: '/activity-stats', label: 'act.statsNav', permission: 'activities.read' },
    { path: '/call-stats', label: 'calls.statsNav', permission: 'calls.read' },
    { path: '/counselling-stats', label: 'csl.statsNav', permission: 'counselling.read' },
    { path: '/station-stats', label: 'st.statsNav', permission: 'stations.read' },
    { path: '/wellness-stats', label: 'wel.statsNav', permission: 'wellness.read' },
  ],
  // 系统
  system: [
    { path: '/users', label: 'acct.nav.users', permission: 'users.manage' },
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
  group: NavGroup;
  entries: NavEntry[];
}

/** The groups a user with `permissions` sees, in menu order, each with the entries they may use; none is empty. */
export function navFor(permissions: readonly string[]): NavSection[] {
  return NAV_GROUPS.map((group) => ({
    group,
    entries: NAV.filter((e) => e.group === group && permissions.includes(e.permission)),
  })).filter((s) => s.entries.length > 0);
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
