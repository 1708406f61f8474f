import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The model workers register: staff pages, loaded on demand.
const ModelWorkerListPage = lazy(() => import('./ModelWorkerListPage.tsx'));
const ModelWorkerPage = lazy(() => import('./ModelWorkerPage.tsx'));
const ModelWorkerStatsPage = lazy(() => import('./ModelWorkerStatsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function modelWorkersStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="modelworkers.read">{page}</Allow>;
  return (
    <>
      <Route path="/model-workers" element={guard(<ModelWorkerListPage />)} />
      <Route path="/model-workers/:id" element={guard(<ModelWorkerPage />)} />
      <Route path="/modelworker-stats" element={guard(<ModelWorkerStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: modelWorkersStaffRoutes };
