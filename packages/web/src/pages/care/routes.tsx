import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * 送温暖 campaigns and visits: staff pages and the worker's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: needing('care.read', {
    '/care': lazy(() => import('./CampaignListPage.tsx')),
    '/care/visits': lazy(() => import('./VisitListPage.tsx')),
    '/care/:id': lazy(() => import('./CampaignDetailPage.tsx')),
  }),
  worker: [{ path: 'care', page: lazy(() => import('./WorkerVisitsPage.tsx')) }],
};
