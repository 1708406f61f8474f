import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Group accident insurance: staff pages and the worker's phone page, loaded on demand.
const PolicyListPage = lazy(() => import('./PolicyListPage.tsx'));
const PolicyPage = lazy(() => import('./PolicyPage.tsx'));
const ClaimsPage = lazy(() => import('./ClaimsPage.tsx'));
const InsuranceStatsPage = lazy(() => import('./InsuranceStatsPage.tsx'));
const WorkerInsurancePage = lazy(() => import('./WorkerInsurancePage.tsx'));

/** Staff routes, inside the staff layout route. */
function insuranceStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="insurance.read">{page}</Allow>;
  return (
    <>
      <Route path="/insurance" element={guard(<PolicyListPage />)} />
      <Route path="/insurance/claims" element={guard(<ClaimsPage />)} />
      <Route path="/insurance/:id" element={guard(<PolicyPage />)} />
      <Route path="/insurance-stats" element={guard(<InsuranceStatsPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function insuranceWorkerRoutes() {
  return <Route path="insurance" element={<WorkerInsurancePage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: insuranceStaffRoutes, worker: insuranceWorkerRoutes };
