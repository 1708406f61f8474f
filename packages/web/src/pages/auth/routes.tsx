import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** Staff sign-in. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  public: [{ path: '/login', page: lazy(() => import('./LoginPage.tsx')) }],
};
