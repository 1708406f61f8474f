import type { RegisterListsOf } from '../../components/register-list.ts';

/** The list pages of this folder's registers (issue 45), found by pages/import/register-lists.ts (ADR 89). */
export const registerLists: RegisterListsOf = {
  congresses: { path: '/congresses', page: 'CongressListPage.tsx' },
};
