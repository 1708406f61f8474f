import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** The model workers register: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('modelworkers.read', {
    '/model-workers': lazy(() => import('./ModelWorkerListPage.tsx')),
    '/model-workers/:id': lazy(() => import('./ModelWorkerPage.tsx')),
    '/modelworker-stats': lazy(() => import('./ModelWorkerStatsPage.tsx')),
  }),
};
