import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

// The list of notices, which NoticePage.tsx exports beside its default page.
const NoticeListPage = lazy(() => import('./NoticePage.tsx').then((m) => ({ default: m.NoticeListPage })));

/**
 * Selections (评选): staff pages, the judges' page, and the public notice (no sign-in). Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  public: [
    { path: '/notice/selections', page: NoticeListPage },
    { path: '/notice/selections/:id', page: lazy(() => import('./NoticePage.tsx')) },
  ],
  staff: [
    {
      path: '/selections',
      permission: 'selections.read',
      page: lazy(() => import('./SelectionListPage.tsx')),
    },
    {
      path: '/selections/:id',
      permission: 'selections.read',
      page: lazy(() => import('./SelectionDetailPage.tsx')),
    },
    {
      path: '/reports/selections',
      permission: 'reports.read',
      page: lazy(() => import('./SelectionStatsPage.tsx')),
    },
    { path: '/judging', permission: 'selections.judge', page: lazy(() => import('./JudgingPage.tsx')) },
  ],
  worker: [{ path: 'selections', page: lazy(() => import('./WorkerSelfNominationPage.tsx')) }],
};
