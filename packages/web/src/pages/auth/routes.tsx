import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { PageRoutes } from '../../components/page-routes.ts';

// Staff sign-in.
const LoginPage = lazy(() => import('./LoginPage.tsx'));

function authPublicRoutes() {
  return <Route path="/login" element={<LoginPage />} />;
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: authPublicRoutes };
