import { Fragment, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import {
  Allow,
  HomeRedirect,
  NotFound,
  NumericParams,
  numericParams,
  PageSpinner,
  RequireUser,
} from './components/guards.tsx';
import { RegisterPanelContext } from './components/ListImport.tsx';
import type { PageRoutes } from './components/page-routes.ts';
import StaffLayout from './layouts/StaffLayout.tsx';
import WorkerLayout from './layouts/WorkerLayout.tsx';

/**
 * Every page folder's routes (`pages/<area>/routes.tsx` exporting `routes`, ADR 89), found by Vite's glob: a new
 * area adds its folder and its menu line in nav.tsx, no line here. The pages themselves load on demand.
 */
export const PAGE_ROUTES: Record<string, PageRoutes> = Object.fromEntries(
  Object.entries(
    import.meta.glob<PageRoutes>('./pages/**/routes.tsx', { eager: true, import: 'routes' }),
  ).sort(([a], [b]) => a.localeCompare(b)),
);

/** One place's routes (public, staff, worker) of every folder, each page behind its permission. */
const all = (place: keyof PageRoutes) =>
  Object.entries(PAGE_ROUTES).map(([file, r]) => (
    <Fragment key={file}>
      {r[place]?.map(({ path, permission, page: Page }) => (
        <Route
          key={path}
          path={path}
          element={
            <NumericParams names={numericParams(path)}>
              {permission ? (
                <Allow permission={permission}>
                  <Page />
                </Allow>
              ) : (
                <Page />
              )}
            </NumericParams>
          }
        />
      ))}
    </Fragment>
  ));

/** The import page's own panels, which every list's 导入 dialog shows (components/ListImport.tsx). */
const RegisterPanel = lazy(() => import('./pages/import/RegisterPanel.tsx'));

export default function App() {
  return (
    <RegisterPanelContext.Provider value={RegisterPanel}>
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          {all('public')}

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
            {all('worker')}
          </Route>

          {/* Staff pages (desktop) */}
          <Route
            element={
              <RequireUser side="staff">
                <StaffLayout />
              </RequireUser>
            }
          >
            {all('staff')}
          </Route>

          <Route path="/" element={<HomeRedirect />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </RegisterPanelContext.Provider>
  );
}
