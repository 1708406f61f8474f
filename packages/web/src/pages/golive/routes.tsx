import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

const GoLivePage = lazy(() => import('./GoLivePage.tsx'));

/** The go-live checklist (上线清单). */
function goLiveRoutes() {
  return (
    <Route
      path="/go-live"
      element={
        <Allow permission="users.manage">
          <GoLivePage />
        </Allow>
      }
    />
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: goLiveRoutes };
