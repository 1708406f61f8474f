import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Founding unions and their elections: staff pages, loaded on demand.
const FoundingsPage = lazy(() => import('./FoundingsPage.tsx'));
const FoundingPage = lazy(() => import('./FoundingPage.tsx'));
const TermsPage = lazy(() => import('./TermsPage.tsx'));
const ElectionStatsPage = lazy(() => import('./ElectionStatsPage.tsx'));

/** Staff routes, inside the staff layout route. */
function electionsStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="elections.read">{page}</Allow>;
  return (
    <>
      <Route path="/foundings" element={guard(<FoundingsPage />)} />
      <Route path="/foundings/:id" element={guard(<FoundingPage />)} />
      <Route path="/elections" element={guard(<TermsPage />)} />
      <Route path="/election-stats" element={guard(<ElectionStatsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: electionsStaffRoutes };
