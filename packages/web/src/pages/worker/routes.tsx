import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/** The worker's phone: sign-in, profile, password change and the services list. Found by App.tsx (ADR 89). */
export const routes: PageRoutes = {
  public: [{ path: '/m/login', page: lazy(() => import('./WorkerLoginPage.tsx')) }],
  worker: [
    { path: 'me', page: lazy(() => import('./MyProfilePage.tsx')) },
    { path: 'password', page: lazy(() => import('./MyPasswordPage.tsx')) },
    { path: 'services', page: lazy(() => import('./WorkerServicesPage.tsx')) },
  ],
};
