import { FileDoneOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { NavEntry } from '../../nav.tsx';

const RecordListPage = lazy(() => import('./RecordListPage.tsx'));

/** The records page's side-menu entry, merged into NAV. */
export const RECORDS_NAV: NavEntry[] = [
  { path: '/records', label: 'rec.nav', icon: <FileDoneOutlined />, permission: 'records.read', order: 22 },
];

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
