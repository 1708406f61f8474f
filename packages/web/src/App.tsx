import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Allow, HomeRedirect, NotFound, PageSpinner, RequireUser } from './components/guards.tsx';
import StaffLayout from './layouts/StaffLayout.tsx';
import WorkerLayout from './layouts/WorkerLayout.tsx';
import { activitiesStaffRoutes, activitiesWorkerRoutes } from './pages/activities/routes.tsx';
import { agreementsStaffRoutes } from './pages/agreements/routes.tsx';
import { callsPublicRoutes, callsStaffRoutes, callsWorkerRoutes } from './pages/calls/routes.tsx';
import { cardStaffRoutes, cardWorkerRoutes } from './pages/card/routes.tsx';
import { careStaffRoutes, careWorkerRoutes } from './pages/care/routes.tsx';
import { casesStaffRoutes, casesWorkerRoutes } from './pages/cases/routes.tsx';
import { congressesStaffRoutes, congressesWorkerRoutes } from './pages/congresses/routes.tsx';
import { contestsStaffRoutes } from './pages/contests/routes.tsx';
import { counsellingStaffRoutes, counsellingWorkerRoutes } from './pages/counselling/routes.tsx';
import { donationsStaffRoutes } from './pages/donations/routes.tsx';
import { electionsStaffRoutes } from './pages/elections/routes.tsx';
import { goLiveRoutes } from './pages/golive/routes.tsx';
import { hardshipStaffRoutes } from './pages/hardship/routes.tsx';
import { achievementsStaffRoutes, cataloguePublicRoutes } from './pages/innovation/achievements/routes.tsx';
import {
  innovationProblemsPublicRoutes,
  innovationProblemsStaffRoutes,
  innovationProblemsWorkerRoutes,
} from './pages/innovation/routes.tsx';
import { studiosStaffRoutes } from './pages/innovation/studios/routes.tsx';
import { insuranceStaffRoutes, insuranceWorkerRoutes } from './pages/insurance/routes.tsx';
import { learningStaffRoutes, learningWorkerRoutes } from './pages/learning/routes.tsx';
import { memberRequestsStaffRoutes, memberRequestsWorkerRoutes } from './pages/memberrequests/routes.tsx';
import { messagesStaffRoutes, messagesWorkerRoutes } from './pages/messages/routes.tsx';
import { modelWorkersStaffRoutes } from './pages/modelworkers/routes.tsx';
import { onboardingPublicRoutes, onboardingStaffRoutes } from './pages/onboarding/routes.tsx';
import { pledgesStaffRoutes, pledgesWorkerRoutes } from './pages/pledges/routes.tsx';
import { programsStaffRoutes, programsWorkerRoutes } from './pages/programs/routes.tsx';
import { recordsStaffRoutes } from './pages/records/routes.tsx';
import { returnsStaffRoutes } from './pages/returns/routes.tsx';
import {
  selectionsPublicRoutes,
  selectionsStaffRoutes,
  selectionsWorkerRoutes,
} from './pages/selections/routes.tsx';
import { smsStaffRoutes } from './pages/sms/routes.tsx';
import { stationsPublicRoutes, stationsStaffRoutes } from './pages/stations/routes.tsx';
import { todoRoutes } from './pages/todo/routes.tsx';
import { wellnessStaffRoutes, wellnessWorkerRoutes } from './pages/wellness/routes.tsx';

// Pages load on demand; each area keeps its pages under pages/<area>/.
const LoginPage = lazy(() => import('./pages/auth/LoginPage.tsx'));
const WorkerLoginPage = lazy(() => import('./pages/worker/WorkerLoginPage.tsx'));
const MyProfilePage = lazy(() => import('./pages/worker/MyProfilePage.tsx'));
const WorkerServicesPage = lazy(() => import('./pages/worker/WorkerServicesPage.tsx'));
const OrgTreePage = lazy(() => import('./pages/org/OrgTreePage.tsx'));
const OrgDetailPage = lazy(() => import('./pages/org/OrgDetailPage.tsx'));
const MemberListPage = lazy(() => import('./pages/members/MemberListPage.tsx'));
const MemberCreatePage = lazy(() => import('./pages/members/MemberCreatePage.tsx'));
const MemberDetailPage = lazy(() => import('./pages/members/MemberDetailPage.tsx'));
const ImportPage = lazy(() => import('./pages/import/ImportPage.tsx'));
const RegistersPage = lazy(() => import('./pages/import/RegistersPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const SecuritySettingsPage = lazy(() => import('./pages/accounts/SecuritySettingsPage.tsx'));
const RolesPage = lazy(() => import('./pages/accounts/RolesPage.tsx'));
const SetupPage = lazy(() => import('./pages/accounts/SetupPage.tsx'));
const AccountPage = lazy(() => import('./pages/accounts/AccountPage.tsx'));
const UserListPage = lazy(() => import('./pages/accounts/UserListPage.tsx'));
const UserImportPage = lazy(() => import('./pages/accounts/UserImportPage.tsx'));
const AdministratorsPage = lazy(() => import('./pages/accounts/AdministratorsPage.tsx'));

/** Every route of the app. To add an area: its pages above, its routes below, its menu entry in nav.tsx. */
export default function App() {
  return (
    <Suspense fallback={<PageSpinner />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/m/login" element={<WorkerLoginPage />} />
        {onboardingPublicRoutes()}
        {selectionsPublicRoutes()}
        {innovationProblemsPublicRoutes()}
        {cataloguePublicRoutes()}
        {stationsPublicRoutes()}
        {callsPublicRoutes()}
        <Route path="/setup" element={<SetupPage />} />

        {/* Worker pages (phones) */}
        <Route
          path="/m"
          element={
            <RequireUser side="worker">
              <WorkerLayout />
            </RequireUser>
          }
        >
          <Route index element={<Navigate to="me" replace />} />
          <Route path="me" element={<MyProfilePage />} />
          <Route path="services" element={<WorkerServicesPage />} />
          {programsWorkerRoutes()}
          {messagesWorkerRoutes()}
          {learningWorkerRoutes()}
          {pledgesWorkerRoutes()}
          {cardWorkerRoutes()}
          {insuranceWorkerRoutes()}
          {congressesWorkerRoutes()}
          {activitiesWorkerRoutes()}
          {memberRequestsWorkerRoutes()}
          {callsWorkerRoutes()}
          {counsellingWorkerRoutes()}
          {wellnessWorkerRoutes()}
          {selectionsWorkerRoutes()}
          {innovationProblemsWorkerRoutes()}
          {casesWorkerRoutes()}
          {careWorkerRoutes()}
        </Route>

        {/* Staff pages (desktop) */}
        <Route
          element={
            <RequireUser side="staff">
              <StaffLayout />
            </RequireUser>
          }
        >
          <Route
            path="/orgs"
            element={
              <Allow permission="org.read">
                <OrgTreePage />
              </Allow>
            }
          />
          <Route
            path="/orgs/:id"
            element={
              <Allow permission="org.read">
                <OrgDetailPage />
              </Allow>
            }
          />
          <Route
            path="/members"
            element={
              <Allow permission="people.read">
                <MemberListPage />
              </Allow>
            }
          />
          <Route
            path="/members/new"
            element={
              <Allow permission="people.write">
                <MemberCreatePage />
              </Allow>
            }
          />
          <Route
            path="/members/:id"
            element={
              <Allow permission="people.read">
                <MemberDetailPage />
              </Allow>
            }
          />
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
          <Route
            path="/audit"
            element={
              <Allow permission="audit.read">
                <AuditPage />
              </Allow>
            }
          />
          <Route path="/account" element={<AccountPage />} />
          <Route
            path="/security-settings"
            element={
              <Allow permission="security.settings">
                <SecuritySettingsPage />
              </Allow>
            }
          />
          <Route
            path="/roles"
            element={
              <Allow permission="roles.manage">
                <RolesPage />
              </Allow>
            }
          />
          <Route
            path="/users"
            element={
              <Allow permission="users.manage">
                <UserListPage />
              </Allow>
            }
          />
          <Route
            path="/users/administrators"
            element={
              <Allow permission="users.manage_all">
                <AdministratorsPage />
              </Allow>
            }
          />
          <Route
            path="/users/import"
            element={
              <Allow permission="users.manage">
                <UserImportPage />
              </Allow>
            }
          />
          {programsStaffRoutes()}
          {onboardingStaffRoutes()}
          {smsStaffRoutes()}
          {messagesStaffRoutes()}
          {contestsStaffRoutes()}
          {recordsStaffRoutes()}
          {learningStaffRoutes()}
          {agreementsStaffRoutes()}
          {donationsStaffRoutes()}
          {careStaffRoutes()}
          {selectionsStaffRoutes()}
          {innovationProblemsStaffRoutes()}
          {achievementsStaffRoutes()}
          {studiosStaffRoutes()}
          {casesStaffRoutes()}
          {hardshipStaffRoutes()}
          {pledgesStaffRoutes()}
          {cardStaffRoutes()}
          {insuranceStaffRoutes()}
          {electionsStaffRoutes()}
          {modelWorkersStaffRoutes()}
          {congressesStaffRoutes()}
          {returnsStaffRoutes()}
          {todoRoutes()}
          {goLiveRoutes()}
          {activitiesStaffRoutes()}
          {memberRequestsStaffRoutes()}
          {callsStaffRoutes()}
          {counsellingStaffRoutes()}
          {stationsStaffRoutes()}
          {wellnessStaffRoutes()}
        </Route>

        <Route path="/" element={<HomeRedirect />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}
