import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// Returns (填报任务): the lists, the form editor, a return seen from above, one union's return.
const ReturnListPage = lazy(() => import('./ReturnListPage.tsx'));
const ReturnEditPage = lazy(() => import('./ReturnEditPage.tsx'));
const ReturnPage = lazy(() => import('./ReturnPage.tsx'));
const SubmissionPage = lazy(() => import('./SubmissionPage.tsx'));

/** Staff routes, inside the staff layout route. */
function returnsStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/returns" element={guard('returns.fill', <ReturnListPage />)} />
      <Route path="/returns/new" element={guard('returns.issue', <ReturnEditPage />)} />
      <Route path="/returns/:id/edit" element={guard('returns.issue', <ReturnEditPage />)} />
      <Route path="/returns/:id" element={guard('returns.review', <ReturnPage />)} />
      <Route path="/returns/:id/unions/:orgId" element={guard('returns.fill', <SubmissionPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: returnsStaffRoutes };
