import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// 送温暖 campaigns and visits: staff pages and the worker's phone page, loaded on demand.
const CampaignListPage = lazy(() => import('./CampaignListPage.tsx'));
const CampaignDetailPage = lazy(() => import('./CampaignDetailPage.tsx'));
const WorkerVisitsPage = lazy(() => import('./WorkerVisitsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function careStaffRoutes() {
  return (
    <>
      <Route
        path="/care"
        element={
          <Allow permission="care.read">
            <CampaignListPage />
          </Allow>
        }
      />
      <Route
        path="/care/:id"
        element={
          <Allow permission="care.read">
            <CampaignDetailPage />
          </Allow>
        }
      />
    </>
  );
}

/** Worker routes, relative to /m, inside the worker layout route. */
function careWorkerRoutes() {
  return <Route path="care" element={<WorkerVisitsPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: careStaffRoutes, worker: careWorkerRoutes };
