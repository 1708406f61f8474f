import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Service stations: staff pages, the public page near a place and the QR check-in (no session), loaded on
 * demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [
    { path: '/near', page: lazy(() => import('./PublicStationsPage.tsx')) },
    { path: '/s/:token', page: lazy(() => import('./CheckInPage.tsx')) },
  ],
  staff: [
    { path: '/stations', permission: 'stations.read', page: lazy(() => import('./StationListPage.tsx')) },
    { path: '/stations/:id', permission: 'stations.read', page: lazy(() => import('./StationPage.tsx')) },
    {
      path: '/station-stats',
      permission: 'stations.read',
      page: lazy(() => import('./StationStatsPage.tsx')),
    },
  ],
};
