import { lazy } from 'react';
import { needing, type PageRoutes } from '../../components/page-routes.ts';

// A page more than one route shows, as one component.
const ProgramEditorPage = lazy(() => import('./ProgramEditorPage.tsx'));

/**
 * The programs area: staff pages (desktop) and worker pages (phones), loaded on demand. Found by App.tsx
 * (ADR 89).
 */
export const routes: PageRoutes = {
  staff: [
    { path: '/programs', permission: 'programs.read', page: lazy(() => import('./ProgramListPage.tsx')) },
    { path: '/programs/new', permission: 'programs.write', page: ProgramEditorPage },
    { path: '/programs/:id', permission: 'programs.read', page: ProgramEditorPage },
    ...needing('applications.review', {
      '/applications': lazy(() => import('../review/ApplicationQueuePage.tsx')),
      '/applications/:id': lazy(() => import('../review/ApplicationDetailPage.tsx')),
    }),
    ...needing('ledger.read', {
      '/ledger': lazy(() => import('../ledger/LedgerPage.tsx')),
      '/ledger/batches/:id': lazy(() => import('../ledger/BatchDetailPage.tsx')),
    }),
    { path: '/pickup', permission: 'claims.manage', page: lazy(() => import('./PickupDeskPage.tsx')) },
    {
      path: '/dashboard',
      permission: 'reports.read',
      page: lazy(() => import('../dashboard/DashboardPage.tsx')),
    },
  ],
  worker: [
    { path: 'programs', page: lazy(() => import('../worker-programs/WorkerProgramsPage.tsx')) },
    { path: 'programs/:id/apply', page: lazy(() => import('../worker-programs/WorkerApplyPage.tsx')) },
    { path: 'applications', page: lazy(() => import('../worker-programs/WorkerApplicationsPage.tsx')) },
    {
      path: 'applications/:id',
      page: lazy(() => import('../worker-programs/WorkerApplicationDetailPage.tsx')),
    },
    { path: 'payments', page: lazy(() => import('../worker-programs/WorkerPaymentsPage.tsx')) },
    { path: 'claims', page: lazy(() => import('../worker-programs/WorkerClaimsPage.tsx')) },
  ],
};
