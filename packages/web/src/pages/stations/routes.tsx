import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Service stations: staff pages, the public page near a place and the QR check-in (no session), loaded on demand.
const StationListPage = lazy(() => import('./StationListPage.tsx'));
const StationPage = lazy(() => import('./StationPage.tsx'));
const StationStatsPage = lazy(() => import('./StationStatsPage.tsx'));
const PublicStationsPage = lazy(() => import('./PublicStationsPage.tsx'));
const CheckInPage = lazy(() => import('./CheckInPage.tsx'));

/** Public routes at the top level: the stations near a place, and a station's check-in page. */
function stationsPublicRoutes() {
  return (
    <>
      <Route path="/near" element={<PublicStationsPage />} />
      <Route path="/s/:token" element={<CheckInPage />} />
    </>
  );
}

/** Staff routes, inside the staff layout route. */
function stationsStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="stations.read">{page}</Allow>;
  return (
    <>
      <Route path="/stations" element={guard(<StationListPage />)} />
      <Route path="/stations/:id" element={guard(<StationPage />)} />
      <Route path="/station-stats" element={guard(<StationStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: stationsPublicRoutes, staff: stationsStaffRoutes };
