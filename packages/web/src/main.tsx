import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import './i18n/index.ts';
import App from './App.tsx';
import { queryClient } from './api/query.ts';
import { SessionProvider } from './auth/session.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { LocaleProvider } from './locale.tsx';
import './styles.css';

/**
 * A data router holding the app's own routes under one splat route: the app keeps declaring its pages with
 * `<Routes>`, and a page may ask before it is left (useLeaveGuard's useBlocker needs a data router).
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    ),
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
