import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** 办实事 projects: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('pledges.read', {
    '/pledges': lazy(() => import('./PledgeListPage.tsx')),
    '/pledges/:id': lazy(() => import('./PledgeDetailPage.tsx')),
  }),
  worker: [{ path: 'pledges', page: lazy(() => import('./WorkerPledgesPage.tsx')) }],
};
