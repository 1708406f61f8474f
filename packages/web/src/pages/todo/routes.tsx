import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Allow } from '../../components/guards.tsx';

const TodoPage = lazy(() => import('./TodoPage.tsx'));

/** The to-do list (待办). */
export function todoRoutes() {
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
