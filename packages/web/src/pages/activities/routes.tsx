import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Workers' activities: staff pages and the worker's phone page, loaded on demand.
const ActivityListPage = lazy(() => import('./ActivityListPage.tsx'));
const ActivityPage = lazy(() => import('./ActivityPage.tsx'));
const ActivityStatsPage = lazy(() => import('./ActivityStatsPage.tsx'));
const WorkerActivitiesPage = lazy(() => import('./WorkerActivitiesPage.tsx'));

/** Staff routes, inside the staff layout route. */
function activitiesStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="activities.read">{page}</Allow>;
  return (
    <>
      <Route path="/activities" element={guard(<ActivityListPage />)} />
      <Route path="/activities/:id" element={guard(<ActivityPage />)} />
      <Route path="/activity-stats" element={guard(<ActivityStatsPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function activitiesWorkerRoutes() {
  return <Route path="activities" element={<WorkerActivitiesPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: activitiesStaffRoutes, worker: activitiesWorkerRoutes };
