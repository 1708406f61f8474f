import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Calls for works: staff pages, the worker's phone pages and the public gallery, loaded on demand.
const CallListPage = lazy(() => import('./CallListPage.tsx'));
const CallPage = lazy(() => import('./CallPage.tsx'));
const CallStatsPage = lazy(() => import('./CallStatsPage.tsx'));
const WorkerCallsPage = lazy(() => import('./WorkerCallsPage.tsx'));
const GalleryPage = lazy(() => import('./GalleryPage.tsx'));

/** The public gallery of a call (no session). */
function callsPublicRoutes() {
  return <Route path="/gallery/:id" element={<GalleryPage side="public" />} />;
}

/** Staff routes, inside the staff layout route. */
function callsStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="calls.read">{page}</Allow>;
  return (
    <>
      <Route path="/activities/calls" element={guard(<CallListPage />)} />
      <Route path="/activities/calls/:id" element={guard(<CallPage />)} />
      <Route path="/call-stats" element={guard(<CallStatsPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function callsWorkerRoutes() {
  return (
    <>
      <Route path="calls" element={<WorkerCallsPage />} />
      <Route path="calls/:id/gallery" element={<GalleryPage side="member" />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  public: callsPublicRoutes,
  staff: callsStaffRoutes,
  worker: callsWorkerRoutes,
};
