import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' activities: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/activities',
      permission: 'activities.read',
      page: lazy(() => import('./ActivityListPage.tsx')),
    },
    {
      path: '/activities/:id',
      permission: 'activities.read',
      page: lazy(() => import('./ActivityPage.tsx')),
    },
    {
      path: '/activity-stats',
      permission: 'activities.read',
      page: lazy(() => import('./ActivityStatsPage.tsx')),
    },
  ],
  worker: [{ path: 'activities', page: lazy(() => import('./WorkerActivitiesPage.tsx')) }],
};
