import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

// The gallery, public and in the worker's phone, told which side it is shown on.
const GalleryPage = lazy(() => import('./GalleryPage.tsx'));

/**
 * Calls for works: staff pages, the worker's phone pages and the public gallery, loaded on demand. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [{ path: '/gallery/:id', page: () => <GalleryPage side="public" /> }],
  staff: needing('calls.read', {
    '/activities/calls': lazy(() => import('./CallListPage.tsx')),
    '/activities/calls/:id': lazy(() => import('./CallPage.tsx')),
    '/call-stats': lazy(() => import('./CallStatsPage.tsx')),
  }),
  worker: [
    { path: 'calls', page: lazy(() => import('./WorkerCallsPage.tsx')) },
    { path: 'calls/:id/gallery', page: () => <GalleryPage side="member" /> },
  ],
};
