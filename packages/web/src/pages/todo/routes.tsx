import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';
import type { PageRoutes } from '../../components/page-routes.ts';

const TodoPage = lazy(() => import('./TodoPage.tsx'));

/** The to-do list (待办). */
function todoRoutes() {
  return (
    <Route
      path="/todo"
      element={
        <Allow permission="todo.read">
          <TodoPage />
        </Allow>
      }
    />
  );
}

/** Found by App.tsx (ADR 89). */
export const routes: PageRoutes = { staff: todoRoutes };
