import { lazy } from 'react';
import type { PageRoutes } from '../../../components/page-routes.ts';

// A page more than one route shows, as one component.
const AchievementFormPage = lazy(() => import('./AchievementFormPage.tsx'));

/**
 * Achievements and their leads (staff pages); the public catalogue (no session). Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [
    { path: '/catalogue', page: lazy(() => import('../catalogue/CataloguePage.tsx')) },
    { path: '/catalogue/:id', page: lazy(() => import('../catalogue/CatalogueDetailPage.tsx')) },
  ],
  staff: [
    {
      path: '/innovation/achievements',
      permission: 'innovation.read',
      page: lazy(() => import('./AchievementListPage.tsx')),
    },
    { path: '/innovation/achievements/new', permission: 'innovation.write', page: AchievementFormPage },
    {
      path: '/innovation/achievements/:id',
      permission: 'innovation.read',
      page: lazy(() => import('./AchievementDetailPage.tsx')),
    },
    { path: '/innovation/achievements/:id/edit', permission: 'innovation.write', page: AchievementFormPage },
    { path: '/innovation/leads', permission: 'innovation.read', page: lazy(() => import('./LeadsPage.tsx')) },
  ],
};
