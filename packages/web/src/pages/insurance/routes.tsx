import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Group accident insurance: staff pages and the worker's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: needing('insurance.read', {
    '/insurance': lazy(() => import('./PolicyListPage.tsx')),
    '/insurance/claims': lazy(() => import('./ClaimsPage.tsx')),
    '/insurance/:id': lazy(() => import('./PolicyPage.tsx')),
    '/insurance-stats': lazy(() => import('./InsuranceStatsPage.tsx')),
  }),
  worker: [{ path: 'insurance', page: lazy(() => import('./WorkerInsurancePage.tsx')) }],
};
