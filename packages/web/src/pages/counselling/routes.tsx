import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Counselling: staff pages, the counsellor's pages and the worker's phone page, loaded on demand.
const CounsellingPage = lazy(() => import('./CounsellingPage.tsx'));
const CounsellingStatsPage = lazy(() => import('./CounsellingStatsPage.tsx'));
const CounsellorPage = lazy(() => import('./CounsellorPage.tsx'));
const CounsellorBookingPage = lazy(() => import('./CounsellorBookingPage.tsx'));
const WorkerCounsellingPage = lazy(() => import('./WorkerCounsellingPage.tsx'));

/** Staff and counsellor routes, inside the staff layout route. */
function counsellingStaffRoutes() {
  const staff = (page: React.ReactNode) => <Allow permission="counselling.read">{page}</Allow>;
  const counsel = (page: React.ReactNode) => <Allow permission="counselling.counsel">{page}</Allow>;
  return (
    <>
      <Route path="/counselling" element={staff(<CounsellingPage />)} />
      <Route path="/counselling-stats" element={staff(<CounsellingStatsPage />)} />
      <Route path="/counselling/mine" element={counsel(<CounsellorPage />)} />
      <Route path="/counselling/mine/bookings/:id" element={counsel(<CounsellorBookingPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function counsellingWorkerRoutes() {
  return <Route path="counselling" element={<WorkerCounsellingPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: counsellingStaffRoutes, worker: counsellingWorkerRoutes };
