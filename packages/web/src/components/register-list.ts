/** A register's list page (issue 45): where a clerk who keeps the register brings its sheet in with 导入. */
export interface RegisterListOf {
  /** The list's route (as the folder's routes.tsx declares it). */
  path: string;
  /** The page's file in the folder, which holds `<ListImport register="<key>">`. */
  page: string;
}

/** A page folder's `lists.ts`: its registers' list pages by register key (ADR 89). */
export type RegisterListsOf = Record<string, RegisterListOf>;
