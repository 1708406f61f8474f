import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The go-live checklist (上线清单). Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [{ path: '/go-live', permission: 'users.manage', page: lazy(() => import('./GoLivePage.tsx')) }],
};
