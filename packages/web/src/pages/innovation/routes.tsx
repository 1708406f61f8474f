import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

/**
 * Front-line problems, the alliance and mentoring (staff pages); the apprentice's phone page. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [{ path: '/problems/post', page: lazy(() => import('./problems/PublicProblemPage.tsx')) }],
  staff: needing('innovation.read', {
    '/innovation/problems': lazy(() => import('./problems/ProblemListPage.tsx')),
    '/innovation/problems/:id': lazy(() => import('./problems/ProblemDetailPage.tsx')),
    '/innovation/alliance': lazy(() => import('./problems/AlliancePage.tsx')),
    '/innovation/alliance/studios/:id': lazy(() => import('./problems/StudioFeedPage.tsx')),
    '/innovation/mentoring': lazy(() => import('./mentoring/MentoringListPage.tsx')),
    '/innovation/mentoring/studios/:id': lazy(() => import('./mentoring/StudioMentoringPage.tsx')),
  }),
  worker: [{ path: 'mentoring', page: lazy(() => import('../worker-innovation/WorkerMentoringPage.tsx')) }],
};
