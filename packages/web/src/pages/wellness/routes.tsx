import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** 疗休养 and 体检: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/wellness', permission: 'wellness.read', page: lazy(() => import('./WellnessListPage.tsx')) },
    {
      path: '/wellness/programs/:id',
      permission: 'wellness.read',
      page: lazy(() => import('./WellnessProgramPage.tsx')),
    },
    {
      path: '/wellness/batches/:id',
      permission: 'wellness.read',
      page: lazy(() => import('./WellnessBatchPage.tsx')),
    },
    {
      path: '/wellness-stats',
      permission: 'wellness.read',
      page: lazy(() => import('./WellnessStatsPage.tsx')),
    },
  ],
  worker: [{ path: 'wellness', page: lazy(() => import('./WorkerWellnessPage.tsx')) }],
};
