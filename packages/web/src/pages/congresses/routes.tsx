import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' congresses (职代会): staff pages and the delegate's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/congresses',
      permission: 'congresses.read',
      page: lazy(() => import('./CongressListPage.tsx')),
    },
    {
      path: '/congresses/proposals',
      permission: 'congresses.read',
      page: lazy(() => import('./ProposalsPage.tsx')),
    },
    {
      path: '/congresses/disclosures',
      permission: 'congresses.read',
      page: lazy(() => import('./DisclosuresPage.tsx')),
    },
    {
      path: '/congresses/sessions/:id',
      permission: 'congresses.read',
      page: lazy(() => import('./SessionPage.tsx')),
    },
    {
      path: '/congresses/:id',
      permission: 'congresses.read',
      page: lazy(() => import('./CongressPage.tsx')),
    },
    {
      path: '/congress-stats',
      permission: 'congresses.read',
      page: lazy(() => import('./CongressStatsPage.tsx')),
    },
  ],
  worker: [{ path: 'congresses', page: lazy(() => import('./WorkerCongressPage.tsx')) }],
};
