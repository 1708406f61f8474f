import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The programs area: staff pages (desktop) and worker pages (phones), loaded on demand.
const ProgramListPage = lazy(() => import('./ProgramListPage.tsx'));
const ProgramEditorPage = lazy(() => import('./ProgramEditorPage.tsx'));
const ApplicationQueuePage = lazy(() => import('../review/ApplicationQueuePage.tsx'));
const ApplicationDetailPage = lazy(() => import('../review/ApplicationDetailPage.tsx'));
const LedgerPage = lazy(() => import('../ledger/LedgerPage.tsx'));
const BatchDetailPage = lazy(() => import('../ledger/BatchDetailPage.tsx'));
const PickupDeskPage = lazy(() => import('./PickupDeskPage.tsx'));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage.tsx'));
const WorkerProgramsPage = lazy(() => import('../worker-programs/WorkerProgramsPage.tsx'));
const WorkerApplyPage = lazy(() => import('../worker-programs/WorkerApplyPage.tsx'));
const WorkerApplicationsPage = lazy(() => import('../worker-programs/WorkerApplicationsPage.tsx'));
const WorkerApplicationDetailPage = lazy(() => import('../worker-programs/WorkerApplicationDetailPage.tsx'));
const WorkerPaymentsPage = lazy(() => import('../worker-programs/WorkerPaymentsPage.tsx'));
const WorkerClaimsPage = lazy(() => import('../worker-programs/WorkerClaimsPage.tsx'));

/** Staff routes, placed inside the staff layout route. Called as a function: <Routes> takes only <Route>s. */
function programsStaffRoutes() {
  const guard = (permission: string, page: React.ReactNode) => <Allow permission={permission}>{page}</Allow>;
  return (
    <>
      <Route path="/programs" element={guard('programs.read', <ProgramListPage />)} />
      <Route path="/programs/new" element={guard('programs.write', <ProgramEditorPage />)} />
      <Route path="/programs/:id" element={guard('programs.read', <ProgramEditorPage />)} />
      <Route path="/applications" element={guard('applications.review', <ApplicationQueuePage />)} />
      <Route path="/applications/:id" element={guard('applications.review', <ApplicationDetailPage />)} />
      <Route path="/ledger" element={guard('ledger.read', <LedgerPage />)} />
      <Route path="/ledger/batches/:id" element={guard('ledger.read', <BatchDetailPage />)} />
      <Route path="/pickup" element={guard('claims.manage', <PickupDeskPage />)} />
      <Route path="/dashboard" element={guard('reports.read', <DashboardPage />)} />
    </>
  );
}

/** Worker routes, relative to /m, placed inside the worker layout route. */
function programsWorkerRoutes() {
  return (
    <>
      <Route path="programs" element={<WorkerProgramsPage />} />
      <Route path="programs/:id/apply" element={<WorkerApplyPage />} />
      <Route path="applications" element={<WorkerApplicationsPage />} />
      <Route path="applications/:id" element={<WorkerApplicationDetailPage />} />
      <Route path="payments" element={<WorkerPaymentsPage />} />
      <Route path="claims" element={<WorkerClaimsPage />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: programsStaffRoutes, worker: programsWorkerRoutes };
