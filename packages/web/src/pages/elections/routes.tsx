import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** Founding unions and their elections: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('elections.read', {
    '/foundings': lazy(() => import('./FoundingsPage.tsx')),
    '/foundings/:id': lazy(() => import('./FoundingPage.tsx')),
    '/elections': lazy(() => import('./TermsPage.tsx')),
    '/election-stats': lazy(() => import('./ElectionStatsPage.tsx')),
  }),
};
