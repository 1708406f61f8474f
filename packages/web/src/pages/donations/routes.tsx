import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Donations and special funds: staff pages, loaded on demand.
const DonorListPage = lazy(() => import('./DonorListPage.tsx'));
const DonorPage = lazy(() => import('./DonorPage.tsx'));
const DonationListPage = lazy(() => import('./DonationListPage.tsx'));
const FundListPage = lazy(() => import('./FundListPage.tsx'));
const FundPage = lazy(() => import('./FundPage.tsx'));
const DonationStatsPage = lazy(() => import('./DonationStatsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function donationsStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="donations.read">{page}</Allow>;
  return (
    <>
      <Route path="/donors" element={guard(<DonorListPage />)} />
      <Route path="/donors/:id" element={guard(<DonorPage />)} />
      <Route path="/donations" element={guard(<DonationListPage />)} />
      <Route path="/funds" element={guard(<FundListPage />)} />
      <Route path="/funds/:id" element={guard(<FundPage />)} />
      <Route path="/donation-stats" element={guard(<DonationStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: donationsStaffRoutes };
