import { lazy } from 'react';
import { needing, type PageRoutes } from '../../../components/page-routes.ts';

/**
 * Innovation studios: studios, recognition, re-evaluation, statistics (staff pages, loaded on demand). Found
 * by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    ...needing('innovation.read', {
      '/innovation/studios': lazy(() => import('./StudioListPage.tsx')),
      '/innovation/studios/:id': lazy(() => import('./StudioDetailPage.tsx')),
      '/innovation/recognitions': lazy(() => import('./RecognitionsPage.tsx')),
      '/innovation/reevaluations': lazy(() => import('./ReevaluationsPage.tsx')),
      '/innovation/reevaluations/:id': lazy(() => import('./ReevaluationDetailPage.tsx')),
    }),
    {
      path: '/innovation/studio-stats',
      permission: 'reports.read',
      page: lazy(() => import('./StudioStatsPage.tsx')),
    },
  ],
};
