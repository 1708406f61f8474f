import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * The learning community: one staff page with tabs (desktop) and the worker's phone pages. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [{ path: '/learning', permission: 'learning.read', page: lazy(() => import('./LearningPage.tsx')) }],
  worker: [
    { path: 'learning', page: lazy(() => import('./WorkerLearningPage.tsx')) },
    { path: 'learning/enrolments/:id', page: lazy(() => import('./WorkerCoursePage.tsx')) },
    { path: 'learning/masters', page: lazy(() => import('./WorkerMastersPage.tsx')) },
  ],
};
