import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../../components/guards.tsx';
import type { PageRoutes } from '../../../components/page-routes.ts';

// Innovation studios: studios, recognition, re-evaluation, statistics (staff pages, loaded on demand).
const StudioListPage = lazy(() => import('./StudioListPage.tsx'));
const StudioDetailPage = lazy(() => import('./StudioDetailPage.tsx'));
const RecognitionsPage = lazy(() => import('./RecognitionsPage.tsx'));
const ReevaluationsPage = lazy(() => import('./ReevaluationsPage.tsx'));
const ReevaluationDetailPage = lazy(() => import('./ReevaluationDetailPage.tsx'));
const StudioStatsPage = lazy(() => import('./StudioStatsPage.tsx'));

/** Staff routes, placed inside the staff layout route. */
function studiosStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/innovation/studios" element={guard('innovation.read', <StudioListPage />)} />
      <Route path="/innovation/studios/:id" element={guard('innovation.read', <StudioDetailPage />)} />
      <Route path="/innovation/recognitions" element={guard('innovation.read', <RecognitionsPage />)} />
      <Route path="/innovation/reevaluations" element={guard('innovation.read', <ReevaluationsPage />)} />
      <Route
        path="/innovation/reevaluations/:id"
        element={guard('innovation.read', <ReevaluationDetailPage />)}
      />
      <Route path="/innovation/studio-stats" element={guard('reports.read', <StudioStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: studiosStaffRoutes };
