import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Service stations: staff pages, the public page near a place and the QR check-in (no session), the worker's page
 * near a place (/m/near, in the phone frame), loaded on demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [
    { path: '/near', page: lazy(() => import('./PublicStationsPage.tsx')) },
    { path: '/s/:token', page: lazy(() => import('./CheckInPage.tsx')) },
  ],
  worker: [{ path: 'near', page: lazy(() => import('./WorkerNearPage.tsx')) }],
  staff: needing('stations.read', {
    '/stations': lazy(() => import('./StationListPage.tsx')),
    '/stations/:id': lazy(() => import('./StationPage.tsx')),
    '/station-stats': lazy(() => import('./StationStatsPage.tsx')),
  }),
};
