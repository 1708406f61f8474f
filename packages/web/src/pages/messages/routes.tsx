import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

// The message centre: the staff page (desktop) and the worker page (phones), loaded on demand.
const MessagesPage = lazy(() => import('./MessagesPage.tsx'));
const WorkerMessagesPage = lazy(() => import('./WorkerMessagesPage.tsx'));
const SmsChoicesPage = lazy(() => import('./SmsChoicesPage.tsx'));

/** Staff route, inside the staff layout route. */
function messagesStaffRoutes() {
  return (
    <Route
      path="/messages"
      element={
        <Allow permission="messages.read">
          <MessagesPage />
        </Allow>
      }
    />
  );
}

/** Worker route, relative to /m, inside the worker layout route. */
function messagesWorkerRoutes() {
  return (
    <>
      <Route path="messages" element={<WorkerMessagesPage />} />
      <Route path="messages/sms" element={<SmsChoicesPage />} />
    </>
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: messagesStaffRoutes, worker: messagesWorkerRoutes };
