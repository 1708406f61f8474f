import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

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
    ...needing('selections.read', {
      '/selections': lazy(() => import('./SelectionListPage.tsx')),
      '/selections/:id': lazy(() => import('./SelectionDetailPage.tsx')),
    }),
    {
      path: '/reports/selections',
      permission: 'reports.read',
      page: lazy(() => import('./SelectionStatsPage.tsx')),
    },
    { path: '/judging', permission: 'selections.judge', page: lazy(() => import('./JudgingPage.tsx')) },
  ],
  worker: [{ path: 'selections', page: lazy(() => import('./WorkerSelfNominationPage.tsx')) }],
};
