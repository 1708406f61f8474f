import { lazy } from 'react';
import type { PageRoutes } from '../../../components/page-routes.ts';

/**
 * Innovation studios: studios, recognition, re-evaluation, statistics (staff pages, loaded on demand). Found
 * by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/innovation/studios',
      permission: 'innovation.read',
      page: lazy(() => import('./StudioListPage.tsx')),
    },
    {
      path: '/innovation/studios/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./StudioDetailPage.tsx')),
    },
    {
      path: '/innovation/recognitions',
      permission: 'innovation.read',
      page: lazy(() => import('./RecognitionsPage.tsx')),
    },
    {
      path: '/innovation/reevaluations',
      permission: 'innovation.read',
      page: lazy(() => import('./ReevaluationsPage.tsx')),
    },
    {
      path: '/innovation/reevaluations/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./ReevaluationDetailPage.tsx')),
    },
    {
      path: '/innovation/studio-stats',
      permission: 'reports.read',
      page: lazy(() => import('./StudioStatsPage.tsx')),
    },
  ],
};
