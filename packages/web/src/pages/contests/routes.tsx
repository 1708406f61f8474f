import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The contests area (staff pages), loaded on demand.
const ContestListPage = lazy(() => import('./ContestListPage.tsx'));
const ContestCreatePage = lazy(() => import('./ContestCreatePage.tsx'));
const ContestDetailPage = lazy(() => import('./ContestDetailPage.tsx'));
const ContestStatsPage = lazy(() => import('./ContestStatsPage.tsx'));

/** Staff routes, placed inside the staff layout route. */
function contestsStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/contests" element={guard('contests.read', <ContestListPage />)} />
      <Route path="/contests/new" element={guard('contests.manage', <ContestCreatePage />)} />
      <Route path="/contests/:id" element={guard('contests.read', <ContestDetailPage />)} />
      <Route path="/contest-stats" element={guard('contests.read', <ContestStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: contestsStaffRoutes };
