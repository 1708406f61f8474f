import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Members' own requests: the staff queue and the worker's phone page, loaded on demand.
const MemberRequestsPage = lazy(() => import('./MemberRequestsPage.tsx'));
const MyRequestsPage = lazy(() => import('./MyRequestsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function memberRequestsStaffRoutes() {
  return (
    <Route
      path="/member-requests"
      element={
        <Allow permission="members.requests.review">
          <MemberRequestsPage />
        </Allow>
      }
    />
  );
}

/** Worker routes, inside the phone layout (/m). */
function memberRequestsWorkerRoutes() {
  return <Route path="requests" element={<MyRequestsPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: memberRequestsStaffRoutes, worker: memberRequestsWorkerRoutes };
