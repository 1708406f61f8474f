import type { RegisterListsOf } from '../../components/register-list.ts';

/** The list pages of this folder's registers (issue 45), found by pages/import/register-lists.ts (ADR 89). */
export const registerLists: RegisterListsOf = {
  'care-visits': { path: '/care/visits', page: 'VisitListPage.tsx' },
};
