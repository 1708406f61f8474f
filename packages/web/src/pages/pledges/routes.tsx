import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// 办实事 projects: staff pages and the worker's phone page, loaded on demand.
const PledgeListPage = lazy(() => import('./PledgeListPage.tsx'));
const PledgeDetailPage = lazy(() => import('./PledgeDetailPage.tsx'));
const WorkerPledgesPage = lazy(() => import('./WorkerPledgesPage.tsx'));

/** Staff routes, inside the staff layout route. */
function pledgesStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/pledges" element={guard('pledges.read', <PledgeListPage />)} />
      <Route path="/pledges/:id" element={guard('pledges.read', <PledgeDetailPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function pledgesWorkerRoutes() {
  return <Route path="pledges" element={<WorkerPledgesPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: pledgesStaffRoutes, worker: pledgesWorkerRoutes };
