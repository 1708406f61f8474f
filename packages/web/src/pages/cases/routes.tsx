import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Workers' requests: staff pages and the worker's phone pages, loaded on demand.
const CaseListPage = lazy(() => import('./CaseListPage.tsx'));
const CaseEnterPage = lazy(() => import('./CaseEnterPage.tsx'));
const CaseDetailPage = lazy(() => import('./CaseDetailPage.tsx'));
const CaseStatsPage = lazy(() => import('./CaseStatsPage.tsx'));
const CaseCalendarPage = lazy(() => import('./CaseCalendarPage.tsx'));
const WorkerCasesPage = lazy(() => import('./WorkerCasesPage.tsx'));
const WorkerCaseNewPage = lazy(() => import('./WorkerCaseNewPage.tsx'));
const WorkerCaseDetailPage = lazy(() => import('./WorkerCaseDetailPage.tsx'));

/** Staff routes, inside the staff layout route. */
function casesStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/cases" element={guard('cases.read', <CaseListPage />)} />
      <Route path="/cases/new" element={guard('cases.handle', <CaseEnterPage />)} />
      <Route path="/cases/:id" element={guard('cases.read', <CaseDetailPage />)} />
      <Route path="/case-stats" element={guard('cases.read', <CaseStatsPage />)} />
      <Route path="/case-calendar" element={guard('cases.read', <CaseCalendarPage />)} />
    </>
  );
}

/** Worker routes, relative to /m, inside the worker layout route. */
function casesWorkerRoutes() {
  return (
    <>
      <Route path="cases" element={<WorkerCasesPage />} />
      <Route path="cases/new" element={<WorkerCaseNewPage />} />
      <Route path="cases/:id" element={<WorkerCaseDetailPage />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: casesStaffRoutes, worker: casesWorkerRoutes };
