import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** Hardship files: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/hardship', permission: 'hardship.read', page: lazy(() => import('./HardshipListPage.tsx')) },
    {
      path: '/hardship/new',
      permission: 'hardship.write',
      page: lazy(() => import('./HardshipCreatePage.tsx')),
    },
    ...needing('hardship.read', {
      '/hardship/:id': lazy(() => import('./HardshipDetailPage.tsx')),
      '/hardship-stats': lazy(() => import('./HardshipStatsPage.tsx')),
    }),
  ],
};
