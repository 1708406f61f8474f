import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Selections (评选): staff pages, the judges' page, and the public notice (no sign-in).
const SelectionListPage = lazy(() => import('./SelectionListPage.tsx'));
const SelectionDetailPage = lazy(() => import('./SelectionDetailPage.tsx'));
const SelectionStatsPage = lazy(() => import('./SelectionStatsPage.tsx'));
const JudgingPage = lazy(() => import('./JudgingPage.tsx'));
const NoticePage = lazy(() => import('./NoticePage.tsx'));
const WorkerSelfNominationPage = lazy(() => import('./WorkerSelfNominationPage.tsx'));
const NoticeListPage = lazy(() => import('./NoticePage.tsx').then((m) => ({ default: m.NoticeListPage })));

/** Public pages, at the top level. */
function selectionsPublicRoutes() {
  return (
    <>
      <Route path="/notice/selections" element={<NoticeListPage />} />
      <Route path="/notice/selections/:id" element={<NoticePage />} />
    </>
  );
}

/** Staff and judge routes, inside the staff layout route. */
function selectionsStaffRoutes() {
  return (
    <>
      <Route
        path="/selections"
        element={
          <Allow permission="selections.read">
            <SelectionListPage />
          </Allow>
        }
      />
      <Route
        path="/selections/:id"
        element={
          <Allow permission="selections.read">
            <SelectionDetailPage />
          </Allow>
        }
      />
      <Route
        path="/reports/selections"
        element={
          <Allow permission="reports.read">
            <SelectionStatsPage />
          </Allow>
        }
      />
      <Route
        path="/judging"
        element={
          <Allow permission="selections.judge">
            <JudgingPage />
          </Allow>
        }
      />
    </>
  );
}

/** Worker routes (phone), inside the worker layout route at /m. */
function selectionsWorkerRoutes() {
  return <Route path="selections" element={<WorkerSelfNominationPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  public: selectionsPublicRoutes,
  staff: selectionsStaffRoutes,
  worker: selectionsWorkerRoutes,
};
