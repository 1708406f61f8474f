import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The SMS delivery page (administrator and union managers) and the template page (administrator).
const SmsDeliveriesPage = lazy(() => import('./SmsDeliveriesPage.tsx'));
const SmsTemplatesPage = lazy(() => import('./SmsTemplatesPage.tsx'));

/** Staff routes, inside the staff layout route. */
function smsStaffRoutes() {
  return (
    <>
      <Route
        path="/sms/deliveries"
        element={
          <Allow permission="sms.read">
            <SmsDeliveriesPage />
          </Allow>
        }
      />
      <Route
        path="/sms/templates"
        element={
          <Allow permission="sms.templates">
            <SmsTemplatesPage />
          </Allow>
        }
      />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: smsStaffRoutes };
