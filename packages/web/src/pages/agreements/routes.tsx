import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** Collective agreements: staff pages, loaded on demand. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/agreements',
      permission: 'agreements.read',
      page: lazy(() => import('./AgreementListPage.tsx')),
    },
    {
      path: '/agreements/new',
      permission: 'agreements.write',
      page: lazy(() => import('./AgreementCreatePage.tsx')),
    },
    ...needing('agreements.read', {
      '/agreements/:id': lazy(() => import('./AgreementDetailPage.tsx')),
      '/agreement-stats': lazy(() => import('./AgreementStatsPage.tsx')),
    }),
  ],
};
