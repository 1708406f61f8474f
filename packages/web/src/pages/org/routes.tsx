import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The union tree and a union's page. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/orgs', permission: 'org.read', page: lazy(() => import('./OrgTreePage.tsx')) },
    { path: '/orgs/:id', permission: 'org.read', page: lazy(() => import('./OrgDetailPage.tsx')) },
  ],
};
