import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// First-run set-up, one's own account, accounts, roles and the security settings.
const SetupPage = lazy(() => import('./SetupPage.tsx'));
const AccountPage = lazy(() => import('./AccountPage.tsx'));
const SecuritySettingsPage = lazy(() => import('./SecuritySettingsPage.tsx'));
const RolesPage = lazy(() => import('./RolesPage.tsx'));
const UserListPage = lazy(() => import('./UserListPage.tsx'));
const AdministratorsPage = lazy(() => import('./AdministratorsPage.tsx'));
const UserImportPage = lazy(() => import('./UserImportPage.tsx'));

function accountsPublicRoutes() {
  return <Route path="/setup" element={<SetupPage />} />;
}

function accountsStaffRoutes() {
  return (
    <>
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
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { public: accountsPublicRoutes, staff: accountsStaffRoutes };
