import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' requests: staff pages and the worker's phone pages, loaded on demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/cases', permission: 'cases.read', page: lazy(() => import('./CaseListPage.tsx')) },
    { path: '/cases/new', permission: 'cases.handle', page: lazy(() => import('./CaseEnterPage.tsx')) },
    ...needing('cases.read', {
      '/cases/:id': lazy(() => import('./CaseDetailPage.tsx')),
      '/case-stats': lazy(() => import('./CaseStatsPage.tsx')),
      '/case-calendar': lazy(() => import('./CaseCalendarPage.tsx')),
    }),
  ],
  worker: [
    { path: 'cases', page: lazy(() => import('./WorkerCasesPage.tsx')) },
    { path: 'cases/new', page: lazy(() => import('./WorkerCaseNewPage.tsx')) },
    { path: 'cases/:id', page: lazy(() => import('./WorkerCaseDetailPage.tsx')) },
  ],
};
