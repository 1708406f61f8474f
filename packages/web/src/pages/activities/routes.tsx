import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' activities: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: needing('activities.read', {
    '/activities': lazy(() => import('./ActivityListPage.tsx')),
    '/activities/:id': lazy(() => import('./ActivityPage.tsx')),
    '/activity-stats': lazy(() => import('./ActivityStatsPage.tsx')),
  }),
  worker: [{ path: 'activities', page: lazy(() => import('./WorkerActivitiesPage.tsx')) }],
};
