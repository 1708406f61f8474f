import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Counselling: staff pages, the counsellor's pages and the worker's phone page, loaded on demand. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    ...needing('counselling.read', {
      '/counselling': lazy(() => import('./CounsellingPage.tsx')),
      '/counselling-stats': lazy(() => import('./CounsellingStatsPage.tsx')),
    }),
    ...needing('counselling.counsel', {
      '/counselling/mine': lazy(() => import('./CounsellorPage.tsx')),
      '/counselling/mine/bookings/:id': lazy(() => import('./CounsellorBookingPage.tsx')),
    }),
  ],
  worker: [{ path: 'counselling', page: lazy(() => import('./WorkerCounsellingPage.tsx')) }],
};
