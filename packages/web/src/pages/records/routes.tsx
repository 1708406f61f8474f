import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The records register. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [{ path: '/records', permission: 'records.read', page: lazy(() => import('./RecordListPage.tsx')) }],
};
