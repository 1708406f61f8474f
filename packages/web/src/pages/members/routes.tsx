import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The member register.
const MemberListPage = lazy(() => import('./MemberListPage.tsx'));
const MemberCreatePage = lazy(() => import('./MemberCreatePage.tsx'));
const MemberDetailPage = lazy(() => import('./MemberDetailPage.tsx'));

function membersStaffRoutes() {
  return (
    <>
      <Route
        path="/members"
        element={
          <Allow permission="people.read">
            <MemberListPage />
          </Allow>
        }
      />
      <Route
        path="/members/new"
        element={
          <Allow permission="people.write">
            <MemberCreatePage />
          </Allow>
        }
      />
      <Route
        path="/members/:id"
        element={
          <Allow permission="people.read">
            <MemberDetailPage />
          </Allow>
        }
      />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: membersStaffRoutes };
