import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Hardship files: staff pages, loaded on demand.
const HardshipListPage = lazy(() => import('./HardshipListPage.tsx'));
const HardshipCreatePage = lazy(() => import('./HardshipCreatePage.tsx'));
const HardshipDetailPage = lazy(() => import('./HardshipDetailPage.tsx'));
const HardshipStatsPage = lazy(() => import('./HardshipStatsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function hardshipStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/hardship" element={guard('hardship.read', <HardshipListPage />)} />
      <Route path="/hardship/new" element={guard('hardship.write', <HardshipCreatePage />)} />
      <Route path="/hardship/:id" element={guard('hardship.read', <HardshipDetailPage />)} />
      <Route path="/hardship-stats" element={guard('hardship.read', <HardshipStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: hardshipStaffRoutes };
