import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Account activation and online joining (public phone pages), join review and the outbox (staff pages).
const ActivatePage = lazy(() => import('./ActivatePage.tsx'));
const JoinPage = lazy(() => import('./JoinPage.tsx'));
const JoinRequestsPage = lazy(() => import('./JoinRequestsPage.tsx'));
const OutboxPage = lazy(() => import('./OutboxPage.tsx'));

/** Public phone pages, placed at the top level (no session needed). */
function onboardingPublicRoutes() {
  return (
    <>
      <Route path="/m/activate" element={<ActivatePage />} />
      <Route path="/m/join" element={<JoinPage />} />
    </>
  );
}

/** Staff routes, placed inside the staff layout route. */
function onboardingStaffRoutes() {
  return (
    <>
      <Route
        path="/join-requests"
        element={
          <Allow permission="members.join.review">
            <JoinRequestsPage />
          </Allow>
        }
      />
      <Route
        path="/outbox"
        element={
          <Allow permission="outbox.read">
            <OutboxPage />
          </Allow>
        }
      />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: onboardingPublicRoutes, staff: onboardingStaffRoutes };
