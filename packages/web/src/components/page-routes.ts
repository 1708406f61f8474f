import type { ComponentType } from 'react';

/** One page of a folder: its address, the permission it needs (none: any signed-in user), the page loaded on demand. */
export interface PageRoute {
  path: string;
  permission?: string;
  /** The page, `lazy(() => import('./XPage.tsx'))`: App.tsx renders it behind `<Allow permission>`. */
  page: ComponentType;
}

/**
 * A page folder's routes (ADR 89): `pages/<area>/routes.tsx` exports `routes` of this shape and App.tsx finds every
 * such file with Vite's glob, so a new area adds no line to App.tsx. Each place of the app lists its pages in order.
 */
export interface PageRoutes {
  /** Pages anyone may open, signed in or not (`/join`, the public catalogues). */
  public?: PageRoute[];
  /** Staff pages, inside the staff layout (desktop). */
  staff?: PageRoute[];
  /** Worker pages, inside the phone layout (`/m/…`, paths relative to it). */
  worker?: PageRoute[];
}

/** Rows of pages that all need `permission`: each address with its page, in the order given. */
export function needing(permission: string, pages: Record<string, ComponentType>): PageRoute[] {
  return Object.entries(pages).map(([path, page]) => ({ path, permission, page }));
}
