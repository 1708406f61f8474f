import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';

const RecordListPage = lazy(() => import('./RecordListPage.tsx'));

/** Staff routes, placed inside the staff layout route. */
export function recordsStaffRoutes() {
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
