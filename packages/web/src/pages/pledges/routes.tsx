import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** 办实事 projects: staff pages and the worker's phone page, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/pledges', permission: 'pledges.read', page: lazy(() => import('./PledgeListPage.tsx')) },
    { path: '/pledges/:id', permission: 'pledges.read', page: lazy(() => import('./PledgeDetailPage.tsx')) },
  ],
  worker: [{ path: 'pledges', page: lazy(() => import('./WorkerPledgesPage.tsx')) }],
};
