import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * The member card: the worker's card on the phone and the staff's scanner, loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [{ path: '/scan', permission: 'cards.verify', page: lazy(() => import('./ScanPage.tsx')) }],
  worker: [{ path: 'card', page: lazy(() => import('./MyCardPage.tsx')) }],
};
