import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

const RecordListPage = lazy(() => import('./RecordListPage.tsx'));

/** Staff routes, placed inside the staff layout route. */
function recordsStaffRoutes() {
  return (
    <Route
      path="/records"
      element={
        <Allow permission="records.read">
          <RecordListPage />
        </Allow>
      }
    />
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: recordsStaffRoutes };
