import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' requests: staff pages and the worker's phone pages, loaded on demand. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/cases', permission: 'cases.read', page: lazy(() => import('./CaseListPage.tsx')) },
    { path: '/cases/new', permission: 'cases.handle', page: lazy(() => import('./CaseEnterPage.tsx')) },
    { path: '/cases/:id', permission: 'cases.read', page: lazy(() => import('./CaseDetailPage.tsx')) },
    { path: '/case-stats', permission: 'cases.read', page: lazy(() => import('./CaseStatsPage.tsx')) },
    { path: '/case-calendar', permission: 'cases.read', page: lazy(() => import('./CaseCalendarPage.tsx')) },
  ],
  worker: [
    { path: 'cases', page: lazy(() => import('./WorkerCasesPage.tsx')) },
    { path: 'cases/new', page: lazy(() => import('./WorkerCaseNewPage.tsx')) },
    { path: 'cases/:id', page: lazy(() => import('./WorkerCaseDetailPage.tsx')) },
  ],
};
