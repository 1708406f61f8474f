import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * 送温暖 campaigns and visits: staff pages and the worker's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/care', permission: 'care.read', page: lazy(() => import('./CampaignListPage.tsx')) },
    { path: '/care/:id', permission: 'care.read', page: lazy(() => import('./CampaignDetailPage.tsx')) },
  ],
  worker: [{ path: 'care', page: lazy(() => import('./WorkerVisitsPage.tsx')) }],
};
