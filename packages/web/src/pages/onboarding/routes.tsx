import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Account activation and online joining (public phone pages), join review and the outbox (staff pages). Found
 * by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [
    { path: '/m/activate', page: lazy(() => import('./ActivatePage.tsx')) },
    { path: '/m/join', page: lazy(() => import('./JoinPage.tsx')) },
  ],
  staff: [
    {
      path: '/join-requests',
      permission: 'members.join.review',
      page: lazy(() => import('./JoinRequestsPage.tsx')),
    },
    { path: '/outbox', permission: 'outbox.read', page: lazy(() => import('./OutboxPage.tsx')) },
  ],
};
