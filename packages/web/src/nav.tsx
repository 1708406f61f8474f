import {
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { AGREEMENTS_NAV } from './pages/agreements/nav.tsx';
import { CARE_NAV } from './pages/care/nav.tsx';
import { CASES_NAV } from './pages/cases/nav.tsx';
import { CONTESTS_NAV } from './pages/contests/nav.tsx';
import { DONATIONS_NAV } from './pages/donations/nav.tsx';
import { HARDSHIP_NAV } from './pages/hardship/nav.tsx';
import { ACHIEVEMENTS_NAV } from './pages/innovation/achievements/nav.tsx';
import { INNOVATION_PROBLEMS_NAV } from './pages/innovation/nav.tsx';
import { STUDIOS_NAV } from './pages/innovation/studios/nav.tsx';
import { LEARNING_NAV } from './pages/learning/nav.tsx';
import { ONBOARDING_NAV } from './pages/onboarding/nav.tsx';
import { PLEDGES_NAV } from './pages/pledges/nav.tsx';
import { PROGRAMS_NAV } from './pages/programs/nav.tsx';
import { RECORDS_NAV } from './pages/records/routes.tsx';
import { SELECTIONS_NAV } from './pages/selections/nav.tsx';

/**
 * The staff side menu. Each entry shows when the signed-in user holds its permission (from
 * GET /api/auth/me). To add an area, add one entry here and its routes in App.tsx.
 */
export interface NavEntry {
  /** The path the entry opens; it is also selected for every path below it. */
  path: string;
  /** An i18n key (zh.ts / en.ts). */
  label: string;
  icon: ReactNode;
  permission: string;
  /** Menu order, low first. */
  order: number;
}

export const NAV: NavEntry[] = [
  { path: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, permission: 'org.read', order: 10 },
  { path: '/members', label: 'nav.members', icon: <TeamOutlined />, permission: 'people.read', order: 20 },
  {
    path: '/import',
    label: 'nav.import',
    icon: <CloudUploadOutlined />,
    permission: 'people.import',
    order: 30,
  },
  {
    path: '/users',
    label: 'acct.nav.users',
    icon: <SafetyCertificateOutlined />,
    permission: 'users.manage',
    order: 800,
  },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read', order: 900 },
  ...PROGRAMS_NAV,
  ...ONBOARDING_NAV,
  ...CONTESTS_NAV,
  ...RECORDS_NAV,
  ...LEARNING_NAV,
  ...AGREEMENTS_NAV,
  ...DONATIONS_NAV,
  ...SELECTIONS_NAV,
  ...INNOVATION_PROBLEMS_NAV,
  ...ACHIEVEMENTS_NAV,
  ...STUDIOS_NAV,
  ...CASES_NAV,
  ...HARDSHIP_NAV,
  ...PLEDGES_NAV,
  ...CARE_NAV,
];

/** The entries a user with `permissions` sees, in menu order. */
export function navFor(permissions: readonly string[]): NavEntry[] {
  return NAV.filter((e) => permissions.includes(e.permission)).sort((a, b) => a.order - b.order);
}
