import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../../components/guards.tsx';
import type { PageRoutes } from '../../../components/page-routes.ts';

// Achievements and their leads (staff pages); the public catalogue (no session).
const AchievementListPage = lazy(() => import('./AchievementListPage.tsx'));
const AchievementFormPage = lazy(() => import('./AchievementFormPage.tsx'));
const AchievementDetailPage = lazy(() => import('./AchievementDetailPage.tsx'));
const LeadsPage = lazy(() => import('./LeadsPage.tsx'));
const CataloguePage = lazy(() => import('../catalogue/CataloguePage.tsx'));
const CatalogueDetailPage = lazy(() => import('../catalogue/CatalogueDetailPage.tsx'));

/** The public catalogue, placed at the top level. */
function cataloguePublicRoutes() {
  return (
    <>
      <Route path="/catalogue" element={<CataloguePage />} />
      <Route path="/catalogue/:id" element={<CatalogueDetailPage />} />
    </>
  );
}

/** Staff routes, placed inside the staff layout route. */
function achievementsStaffRoutes() {
  const page = (permission: string, element: React.ReactNode) => (
    <Allow permission={permission}>{element}</Allow>
  );
  return (
    <>
      <Route path="/innovation/achievements" element={page('innovation.read', <AchievementListPage />)} />
      <Route
        path="/innovation/achievements/new"
        element={page('innovation.write', <AchievementFormPage />)}
      />
      <Route
        path="/innovation/achievements/:id"
        element={page('innovation.read', <AchievementDetailPage />)}
      />
      <Route
        path="/innovation/achievements/:id/edit"
        element={page('innovation.write', <AchievementFormPage />)}
      />
      <Route path="/innovation/leads" element={page('innovation.read', <LeadsPage />)} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: cataloguePublicRoutes, staff: achievementsStaffRoutes };
