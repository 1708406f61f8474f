/**
 * The list page of every register the platform keeps (GET /api/registers): where a clerk who keeps the register
 * brings its sheet in with 导入 beside the list and its export (issue 45). `register-lists.test.ts` fails when a
 * register of the server has no list here or its list page lacks `<ListImport register="<key>">`.
 */
export interface RegisterList {
  /** The list's route (as App declares it). */
  path: string;
  /** The page's file under pages/. */
  file: string;
}

export const REGISTER_LISTS: Record<string, RegisterList> = {
  members: { path: '/members', file: 'members/MemberListPage.tsx' },
  unions: { path: '/orgs', file: 'org/OrgTreePage.tsx' },
  cases: { path: '/cases', file: 'cases/CaseListPage.tsx' },
  holidays: { path: '/case-calendar', file: 'cases/CaseCalendarPage.tsx' },
  studios: { path: '/innovation/studios', file: 'innovation/studios/StudioListPage.tsx' },
  'studio-grants': { path: '/innovation/studios', file: 'innovation/studios/StudioListPage.tsx' },
  achievements: { path: '/innovation/achievements', file: 'innovation/achievements/AchievementListPage.tsx' },
  agreements: { path: '/agreements', file: 'agreements/AgreementListPage.tsx' },
  pledges: { path: '/pledges', file: 'pledges/PledgeListPage.tsx' },
  'insurance-claims': { path: '/insurance/claims', file: 'insurance/ClaimsPage.tsx' },
  selections: { path: '/selections', file: 'selections/SelectionListPage.tsx' },
  'model-workers': { path: '/model-workers', file: 'modelworkers/ModelWorkerListPage.tsx' },
  wellness: { path: '/wellness', file: 'wellness/WellnessListPage.tsx' },
  donations: { path: '/donations', file: 'donations/DonationListPage.tsx' },
  hardship: { path: '/hardship', file: 'hardship/HardshipListPage.tsx' },
  'counselling-sessions': { path: '/counselling', file: 'counselling/CounsellingPage.tsx' },
  'past-payments': { path: '/ledger', file: 'ledger/LedgerPage.tsx' },
  activities: { path: '/activities', file: 'activities/ActivityListPage.tsx' },
  'station-services': { path: '/stations', file: 'stations/StationListPage.tsx' },
};
