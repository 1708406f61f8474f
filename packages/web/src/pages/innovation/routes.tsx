import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Front-line problems, the alliance and mentoring (staff pages); the apprentice's phone page.
const ProblemListPage = lazy(() => import('./problems/ProblemListPage.tsx'));
const ProblemDetailPage = lazy(() => import('./problems/ProblemDetailPage.tsx'));
const AlliancePage = lazy(() => import('./problems/AlliancePage.tsx'));
const StudioFeedPage = lazy(() => import('./problems/StudioFeedPage.tsx'));
const MentoringListPage = lazy(() => import('./mentoring/MentoringListPage.tsx'));
const StudioMentoringPage = lazy(() => import('./mentoring/StudioMentoringPage.tsx'));
const PublicProblemPage = lazy(() => import('./problems/PublicProblemPage.tsx'));
const WorkerMentoringPage = lazy(() => import('../worker-innovation/WorkerMentoringPage.tsx'));

const staff = (path: string, page: React.ReactNode) => (
  <Route key={path} path={path} element={<Allow permission="innovation.read">{page}</Allow>} />
);

/** The public page where enterprises post problems (no session). */
function innovationProblemsPublicRoutes() {
  return <Route path="/problems/post" element={<PublicProblemPage />} />;
}

/** Staff routes, inside the staff layout route. */
function innovationProblemsStaffRoutes() {
  return [
    staff('/innovation/problems', <ProblemListPage />),
    staff('/innovation/problems/:id', <ProblemDetailPage />),
    staff('/innovation/alliance', <AlliancePage />),
    staff('/innovation/alliance/studios/:id', <StudioFeedPage />),
    staff('/innovation/mentoring', <MentoringListPage />),
    staff('/innovation/mentoring/studios/:id', <StudioMentoringPage />),
  ];
}

/** Worker route, relative to /m, inside the worker layout route. */
function innovationProblemsWorkerRoutes() {
  return <Route path="mentoring" element={<WorkerMentoringPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  public: innovationProblemsPublicRoutes,
  staff: innovationProblemsStaffRoutes,
  worker: innovationProblemsWorkerRoutes,
};
