import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Counselling: staff pages, the counsellor's pages and the worker's phone page, loaded on demand. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/counselling',
      permission: 'counselling.read',
      page: lazy(() => import('./CounsellingPage.tsx')),
    },
    {
      path: '/counselling-stats',
      permission: 'counselling.read',
      page: lazy(() => import('./CounsellingStatsPage.tsx')),
    },
    {
      path: '/counselling/mine',
      permission: 'counselling.counsel',
      page: lazy(() => import('./CounsellorPage.tsx')),
    },
    {
      path: '/counselling/mine/bookings/:id',
      permission: 'counselling.counsel',
      page: lazy(() => import('./CounsellorBookingPage.tsx')),
    },
  ],
  worker: [{ path: 'counselling', page: lazy(() => import('./WorkerCounsellingPage.tsx')) }],
};
