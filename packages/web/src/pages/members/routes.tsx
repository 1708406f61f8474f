import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The member register. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/members', permission: 'people.read', page: lazy(() => import('./MemberListPage.tsx')) },
    { path: '/members/new', permission: 'people.write', page: lazy(() => import('./MemberCreatePage.tsx')) },
    { path: '/members/:id', permission: 'people.read', page: lazy(() => import('./MemberDetailPage.tsx')) },
  ],
};
