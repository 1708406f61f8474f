import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The union tree and a union's page.
const OrgTreePage = lazy(() => import('./OrgTreePage.tsx'));
const OrgDetailPage = lazy(() => import('./OrgDetailPage.tsx'));

function orgStaffRoutes() {
  return (
    <>
      <Route
        path="/orgs"
        element={
          <Allow permission="org.read">
            <OrgTreePage />
          </Allow>
        }
      />
      <Route
        path="/orgs/:id"
        element={
          <Allow permission="org.read">
            <OrgDetailPage />
          </Allow>
        }
      />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: orgStaffRoutes };
