import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** Donations and special funds: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('donations.read', {
    '/donors': lazy(() => import('./DonorListPage.tsx')),
    '/donors/:id': lazy(() => import('./DonorPage.tsx')),
    '/donations': lazy(() => import('./DonationListPage.tsx')),
    '/funds': lazy(() => import('./FundListPage.tsx')),
    '/funds/:id': lazy(() => import('./FundPage.tsx')),
    '/donation-stats': lazy(() => import('./DonationStatsPage.tsx')),
  }),
};
