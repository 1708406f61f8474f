import { lazy } from 'react';
import { Route } from 'react-router-dom';
import type { PageRoutes } from '../../components/page-routes.ts';

// The worker's phone: sign-in, profile and the services list.
const WorkerLoginPage = lazy(() => import('./WorkerLoginPage.tsx'));
const MyProfilePage = lazy(() => import('./MyProfilePage.tsx'));
const WorkerServicesPage = lazy(() => import('./WorkerServicesPage.tsx'));

function workerPublicRoutes() {
  return <Route path="/m/login" element={<WorkerLoginPage />} />;
}

function workerWorkerRoutes() {
  return (
    <>
      <Route path="me" element={<MyProfilePage />} />
      <Route path="services" element={<WorkerServicesPage />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: workerPublicRoutes, worker: workerWorkerRoutes };
