import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Workers' congresses (职代会): staff pages and the delegate's phone page, loaded on demand.
const CongressListPage = lazy(() => import('./CongressListPage.tsx'));
const CongressPage = lazy(() => import('./CongressPage.tsx'));
const SessionPage = lazy(() => import('./SessionPage.tsx'));
const ProposalsPage = lazy(() => import('./ProposalsPage.tsx'));
const DisclosuresPage = lazy(() => import('./DisclosuresPage.tsx'));
const CongressStatsPage = lazy(() => import('./CongressStatsPage.tsx'));
const WorkerCongressPage = lazy(() => import('./WorkerCongressPage.tsx'));

/** Staff routes, inside the staff layout route. */
function congressesStaffRoutes() {
  const guard = (page: React.ReactNode) => <Allow permission="congresses.read">{page}</Allow>;
  return (
    <>
      <Route path="/congresses" element={guard(<CongressListPage />)} />
      <Route path="/congresses/proposals" element={guard(<ProposalsPage />)} />
      <Route path="/congresses/disclosures" element={guard(<DisclosuresPage />)} />
      <Route path="/congresses/sessions/:id" element={guard(<SessionPage />)} />
      <Route path="/congresses/:id" element={guard(<CongressPage />)} />
      <Route path="/congress-stats" element={guard(<CongressStatsPage />)} />
    </>
  );
}

/** Worker routes, inside the phone layout (/m). */
function congressesWorkerRoutes() {
  return <Route path="congresses" element={<WorkerCongressPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: congressesStaffRoutes, worker: congressesWorkerRoutes };
