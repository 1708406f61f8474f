import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** Donations and special funds: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/donors', permission: 'donations.read', page: lazy(() => import('./DonorListPage.tsx')) },
    { path: '/donors/:id', permission: 'donations.read', page: lazy(() => import('./DonorPage.tsx')) },
    { path: '/donations', permission: 'donations.read', page: lazy(() => import('./DonationListPage.tsx')) },
    { path: '/funds', permission: 'donations.read', page: lazy(() => import('./FundListPage.tsx')) },
    { path: '/funds/:id', permission: 'donations.read', page: lazy(() => import('./FundPage.tsx')) },
    {
      path: '/donation-stats',
      permission: 'donations.read',
      page: lazy(() => import('./DonationStatsPage.tsx')),
    },
  ],
};
