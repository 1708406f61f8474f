import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** The contests area (staff pages), loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/contests', permission: 'contests.read', page: lazy(() => import('./ContestListPage.tsx')) },
    {
      path: '/contests/new',
      permission: 'contests.manage',
      page: lazy(() => import('./ContestCreatePage.tsx')),
    },
    ...needing('contests.read', {
      '/contests/:id': lazy(() => import('./ContestDetailPage.tsx')),
      '/contest-stats': lazy(() => import('./ContestStatsPage.tsx')),
    }),
  ],
};
