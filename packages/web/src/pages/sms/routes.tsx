import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * The SMS delivery page (administrator and union managers) and the template page (administrator). Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/sms/deliveries', permission: 'sms.read', page: lazy(() => import('./SmsDeliveriesPage.tsx')) },
    {
      path: '/sms/templates',
      permission: 'sms.templates',
      page: lazy(() => import('./SmsTemplatesPage.tsx')),
    },
  ],
};
