import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The import page and 导入历史台账 (the registers). Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  staff: [
    { path: '/import', permission: 'people.import', page: lazy(() => import('./ImportPage.tsx')) },
    { path: '/registers', permission: 'org.read', page: lazy(() => import('./RegistersPage.tsx')) },
  ],
};
