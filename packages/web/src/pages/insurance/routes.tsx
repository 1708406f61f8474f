import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Group accident insurance: staff pages and the worker's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/insurance', permission: 'insurance.read', page: lazy(() => import('./PolicyListPage.tsx')) },
    { path: '/insurance/claims', permission: 'insurance.read', page: lazy(() => import('./ClaimsPage.tsx')) },
    { path: '/insurance/:id', permission: 'insurance.read', page: lazy(() => import('./PolicyPage.tsx')) },
    {
      path: '/insurance-stats',
      permission: 'insurance.read',
      page: lazy(() => import('./InsuranceStatsPage.tsx')),
    },
  ],
  worker: [{ path: 'insurance', page: lazy(() => import('./WorkerInsurancePage.tsx')) }],
};
