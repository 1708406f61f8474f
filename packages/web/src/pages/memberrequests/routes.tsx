import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Members' own requests: the staff queue and the worker's phone page, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    {
      path: '/member-requests',
      permission: 'members.requests.review',
      page: lazy(() => import('./MemberRequestsPage.tsx')),
    },
  ],
  worker: [{ path: 'requests', page: lazy(() => import('./MyRequestsPage.tsx')) }],
};
