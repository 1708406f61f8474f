import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** Founding unions and their elections: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/foundings', permission: 'elections.read', page: lazy(() => import('./FoundingsPage.tsx')) },
    { path: '/foundings/:id', permission: 'elections.read', page: lazy(() => import('./FoundingPage.tsx')) },
    { path: '/elections', permission: 'elections.read', page: lazy(() => import('./TermsPage.tsx')) },
    {
      path: '/election-stats',
      permission: 'elections.read',
      page: lazy(() => import('./ElectionStatsPage.tsx')),
    },
  ],
};
