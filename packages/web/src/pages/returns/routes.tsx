import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

// A page more than one route shows, as one component.
const ReturnEditPage = lazy(() => import('./ReturnEditPage.tsx'));

/**
 * Returns (填报任务): the lists, the form editor, a return seen from above, one union's return. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/returns', permission: 'returns.fill', page: lazy(() => import('./ReturnListPage.tsx')) },
    ...needing('returns.issue', {
      '/returns/new': ReturnEditPage,
      '/returns/:id/edit': ReturnEditPage,
    }),
    { path: '/returns/:id', permission: 'returns.review', page: lazy(() => import('./ReturnPage.tsx')) },
    {
      path: '/returns/:id/unions/:orgId',
      permission: 'returns.fill',
      page: lazy(() => import('./SubmissionPage.tsx')),
    },
  ],
};
