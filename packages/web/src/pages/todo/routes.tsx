import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The to-do list (待办). Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [{ path: '/todo', permission: 'todo.read', page: lazy(() => import('./TodoPage.tsx')) }],
};
