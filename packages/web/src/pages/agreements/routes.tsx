import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Collective agreements: staff pages, loaded on demand.
const AgreementListPage = lazy(() => import('./AgreementListPage.tsx'));
const AgreementCreatePage = lazy(() => import('./AgreementCreatePage.tsx'));
const AgreementDetailPage = lazy(() => import('./AgreementDetailPage.tsx'));
const AgreementStatsPage = lazy(() => import('./AgreementStatsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function agreementsStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/agreements" element={guard('agreements.read', <AgreementListPage />)} />
      <Route path="/agreements/new" element={guard('agreements.write', <AgreementCreatePage />)} />
      <Route path="/agreements/:id" element={guard('agreements.read', <AgreementDetailPage />)} />
      <Route path="/agreement-stats" element={guard('agreements.read', <AgreementStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: agreementsStaffRoutes };
