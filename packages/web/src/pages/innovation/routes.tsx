import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * Front-line problems, the alliance and mentoring (staff pages); the apprentice's phone page. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [{ path: '/problems/post', page: lazy(() => import('./problems/PublicProblemPage.tsx')) }],
  staff: [
    {
      path: '/innovation/problems',
      permission: 'innovation.read',
      page: lazy(() => import('./problems/ProblemListPage.tsx')),
    },
    {
      path: '/innovation/problems/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./problems/ProblemDetailPage.tsx')),
    },
    {
      path: '/innovation/alliance',
      permission: 'innovation.read',
      page: lazy(() => import('./problems/AlliancePage.tsx')),
    },
    {
      path: '/innovation/alliance/studios/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./problems/StudioFeedPage.tsx')),
    },
    {
      path: '/innovation/mentoring',
      permission: 'innovation.read',
      page: lazy(() => import('./mentoring/MentoringListPage.tsx')),
    },
    {
      path: '/innovation/mentoring/studios/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./mentoring/StudioMentoringPage.tsx')),
    },
  ],
  worker: [{ path: 'mentoring', page: lazy(() => import('../worker-innovation/WorkerMentoringPage.tsx')) }],
};
