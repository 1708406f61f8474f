import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The learning community: one staff page with tabs (desktop) and the worker's phone pages.
const LearningPage = lazy(() => import('./LearningPage.tsx'));
const WorkerLearningPage = lazy(() => import('./WorkerLearningPage.tsx'));
const WorkerCoursePage = lazy(() => import('./WorkerCoursePage.tsx'));
const WorkerMastersPage = lazy(() => import('./WorkerMastersPage.tsx'));

/** Staff routes, placed inside the staff layout route. */
function learningStaffRoutes() {
  return (
    <Route
      path="/learning"
      element={
        <Allow permission="learning.read">
          <LearningPage />
        </Allow>
      }
    />
  );
}

/** Worker routes, relative to /m, placed inside the worker layout route. */
function learningWorkerRoutes() {
  return (
    <>
      <Route path="learning" element={<WorkerLearningPage />} />
      <Route path="learning/enrolments/:id" element={<WorkerCoursePage />} />
      <Route path="learning/masters" element={<WorkerMastersPage />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: learningStaffRoutes, worker: learningWorkerRoutes };
