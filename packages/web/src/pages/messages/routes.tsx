import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * The message centre: the staff page (desktop) and the worker page (phones), loaded on demand. Found by
 * App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [{ path: '/messages', permission: 'messages.read', page: lazy(() => import('./MessagesPage.tsx')) }],
  worker: [
    { path: 'messages', page: lazy(() => import('./WorkerMessagesPage.tsx')) },
    { path: 'messages/sms', page: lazy(() => import('./SmsChoicesPage.tsx')) },
  ],
};
