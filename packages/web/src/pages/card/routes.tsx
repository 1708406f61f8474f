import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The member card: the worker's card on the phone and the staff's scanner, loaded on demand.
const MyCardPage = lazy(() => import('./MyCardPage.tsx'));
const ScanPage = lazy(() => import('./ScanPage.tsx'));

/** Staff routes, inside the staff layout route. */
function cardStaffRoutes() {
  return (
    <Route
      path="/scan"
      element={
        <Allow permission="cards.verify">
          <ScanPage />
        </Allow>
      }
    />
  );
}

/** Worker routes, inside the phone layout (/m). */
function cardWorkerRoutes() {
  return <Route path="card" element={<MyCardPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: cardStaffRoutes, worker: cardWorkerRoutes };
