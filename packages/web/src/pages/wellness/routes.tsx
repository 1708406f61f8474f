import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// 疗休养 and 体检: staff pages and the worker's phone page, loaded on demand.
const WellnessListPage = lazy(() => import('./WellnessListPage.tsx'));
const WellnessProgramPage = lazy(() => import('./WellnessProgramPage.tsx'));
const WellnessBatchPage = lazy(() => import('./WellnessBatchPage.tsx'));
const WellnessStatsPage = lazy(() => import('./WellnessStatsPage.tsx'));
const WorkerWellnessPage = lazy(() => import('./WorkerWellnessPage.tsx'));

/** Staff routes, inside the staff layout route. */
function wellnessStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="wellness.read">{page}</Allow>;
  return (
    <>
      <Route path="/wellness" element={guard(<WellnessListPage />)} />
      <Route path="/wellness/programs/:id" element={guard(<WellnessProgramPage />)} />
      <Route path="/wellness/batches/:id" element={guard(<WellnessBatchPage />)} />
      <Route path="/wellness-stats" element={guard(<WellnessStatsPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function wellnessWorkerRoutes() {
  return <Route path="wellness" element={<WorkerWellnessPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: wellnessStaffRoutes, worker: wellnessWorkerRoutes };
