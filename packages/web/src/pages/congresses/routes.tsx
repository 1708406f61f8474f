import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Workers' congresses (职代会): staff pages and the delegate's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: needing('congresses.read', {
    '/congresses': lazy(() => import('./CongressListPage.tsx')),
    '/congresses/proposals': lazy(() => import('./ProposalsPage.tsx')),
    '/congresses/disclosures': lazy(() => import('./DisclosuresPage.tsx')),
    '/congresses/sessions/:id': lazy(() => import('./SessionPage.tsx')),
    '/congresses/:id': lazy(() => import('./CongressPage.tsx')),
    '/congress-stats': lazy(() => import('./CongressStatsPage.tsx')),
  }),
  worker: [{ path: 'congresses', page: lazy(() => import('./WorkerCongressPage.tsx')) }],
};
