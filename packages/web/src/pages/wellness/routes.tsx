import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** 疗休养 and 体检: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('wellness.read', {
    '/wellness': lazy(() => import('./WellnessListPage.tsx')),
    '/wellness/programs/:id': lazy(() => import('./WellnessProgramPage.tsx')),
    '/wellness/batches/:id': lazy(() => import('./WellnessBatchPage.tsx')),
    '/wellness-stats': lazy(() => import('./WellnessStatsPage.tsx')),
  }),
  worker: [{ path: 'wellness', page: lazy(() => import('./WorkerWellnessPage.tsx')) }],
};
