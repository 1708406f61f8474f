import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The import page and 导入历史台账 (the registers).
const ImportPage = lazy(() => import('./ImportPage.tsx'));
const RegistersPage = lazy(() => import('./RegistersPage.tsx'));

function importStaffRoutes() {
  return (
    <>
      <Route
        path="/import"
        element={
          <Allow permission="people.import">
            <ImportPage />
          </Allow>
        }
      />
      <Route
        path="/registers"
        element={
          <Allow permission="org.read">
            <RegistersPage />
          </Allow>
        }
      />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: importStaffRoutes };
