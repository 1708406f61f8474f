import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';

const GoLivePage = lazy(() => import('./GoLivePage.tsx'));

/** The go-live checklist (上线清单). */
export function goLiveRoutes() {
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
