import { lazy } from 'react';
import type { PageRoutes } from '../../components/page-routes.ts';

/**
 * First-run set-up, one's own account, accounts, roles and the security settings. Found by App.tsx (ADR 89).
 */
export const routes: PageRoutes = {
  public: [{ path: '/setup', page: lazy(() => import('./SetupPage.tsx')) }],
  staff: [
    { path: '/account', page: lazy(() => import('./AccountPage.tsx')) },
    {
      path: '/security-settings',
      permission: 'security.settings',
      page: lazy(() => import('./SecuritySettingsPage.tsx')),
    },
    { path: '/roles', permission: 'roles.manage', page: lazy(() => import('./RolesPage.tsx')) },
    { path: '/users', permission: 'users.manage', page: lazy(() => import('./UserListPage.tsx')) },
    {
      path: '/users/administrators',
      permission: 'users.manage_all',
      page: lazy(() => import('./AdministratorsPage.tsx')),
    },
    { path: '/users/import', permission: 'users.manage', page: lazy(() => import('./UserImportPage.tsx')) },
  ],
};
