import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The audit log. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [{ path: '/audit', permission: 'audit.read', page: lazy(() => import('./AuditPage.tsx')) }],
};
