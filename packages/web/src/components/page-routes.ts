import type { ReactNode } from 'react';

/**
 * A page folder's routes (ADR 89): `pages/<area>/routes.tsx` exports `routes` of this shape and App.tsx finds every
 * such file with Vite's glob, so a new area adds no line to App.tsx. Each function returns `<Route>` elements (the
 * pages lazy, each behind its `<Allow permission>`) for one place of the app.
 */
export interface PageRoutes {
  /** Pages anyone may open, signed in or not (`/join`, the public catalogues). */
  public?: () => ReactNode;
  /** Staff pages, inside the staff layout (desktop). */
  staff?: () => ReactNode;
  /** Worker pages, inside the phone layout (`/m/…`, paths relative to it). */
  worker?: () => ReactNode;
}
