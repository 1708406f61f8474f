import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The audit log.
const AuditPage = lazy(() => import('./AuditPage.tsx'));

function auditStaffRoutes() {
  return (
    <Route
      path="/audit"
      element={
        <Allow permission="audit.read">
          <AuditPage />
        </Allow>
      }
    />
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: auditStaffRoutes };
