import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The model workers register: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/model-workers',
      permission: 'modelworkers.read',
      page: lazy(() => import('./ModelWorkerListPage.tsx')),
    },
    {
      path: '/model-workers/:id',
      permission: 'modelworkers.read',
      page: lazy(() => import('./ModelWorkerPage.tsx')),
    },
    {
      path: '/modelworker-stats',
      permission: 'modelworkers.read',
      page: lazy(() => import('./ModelWorkerStatsPage.tsx')),
    },
  ],
};
