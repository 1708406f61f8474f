import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/** The union tree and a union's page. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: needing('org.read', {
    '/orgs': lazy(() => import('./OrgTreePage.tsx')),
    '/orgs/:id': lazy(() => import('./OrgDetailPage.tsx')),
  }),
};
