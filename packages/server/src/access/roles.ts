/**
 * Who may call what. Every route declares `config.permission` or `config.public: true`;
 * the request hook refuses a route that declares neither, and a test walks the route table.
 */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.reveal_id',
  'people.import',
  'people.export',
  'audit.read',
  'self.read',
  'self.write',
  'jobs.read',
  'records.read',
  'records.write',
  'programs.read',
  'programs.write',
  'applications.review',
  'applications.submit',
  'ledger.read',
  'ledger.write',
  'self.apply',
  'reports.read',
  'claims.manage',
  'users.manage',
  'messages.read',
  /** The account's own to-do list (待办): what waits for it across every module. Every role holds it. */
  'todo.read',
  'outbox.read',
  /** The SMS delivery page (counts, list, provider answers) of the subtree's unions. */
  'sms.read',
  /** The SMS template ids of the platform (the platform administrator). */
  'sms.templates',
  'members.join.review',
  /** Members' own corrections and transfers (会员自助申请) of the subtree's unions: see, agree, decline. */
  'members.requests.review',
  'account.self',
  'contests.read',
  /** Create contests, close registration, enter, import and publish results (the organiser's staff). */
  'contests.manage',
  /** Register a union's entries in a contest. */
  'contests.enter',
  /** The learning community: courses, sites and licences, activities, masters, statistics. */
  'learning.read',
  'learning.write',
  /** Collective agreements (集体合同) of the subtree's unions: read, and enter agreements and their coverage. */
  'agreements.read',
  'agreements.write',
  /** Caring units (爱心单位), their donations and the special funds of the subtree: read, and enter them. */
  'donations.read',
  'donations.write',
  /** Innovation: studios, achievements, problems and the alliance, mentoring, within the subtree. */
  'innovation.read',
  'innovation.write',
  /** Every account of the platform, administrators included (the platform administrator). */
  'users.manage_all',
  /** A new top union (federation) with no parent. */
  'org.create_root',
  /** Act on an application at any step of its review chain, not only the step awaiting one's own union. */
  'applications.review.any_step',
  /** See the jobs every user started, not only one's own. */
  'jobs.read.all',
  /** Selections (评选) offered to one's subtree or run by it, their nominations, ranking and objections. */
  'selections.read',
  /** Run a selection of one's union: categories, panel, stages, objection decisions, final results. */
  'selections.manage',
  /** Nominate members of one's subtree within the union's quota. */
  'selections.nominate',
  /** Score the nominations of the panels one sits on (a judge). */
  'selections.judge',
  /** Innovation studios of one's subtree: see them; maintain them, propose recognitions, file yearly reports. */
  'innovation.read',
  'innovation.write',
  /** Decide recognitions and re-evaluations at one's own union's step. */
  'innovation.review',
  /** Workers' requests (诉求) handled in or filed with the subtree's unions: read them and their statistics. */
  'cases.read',
  /** Enter requests taken by phone, at a reception day or a meeting; accept, assign, transfer, escalate, reply, close. */
  'cases.handle',
  /** The working-day calendar and the deadlines of each request category (platform-wide). */
  'cases.calendar',
  /** Hardship files (困难职工档案) of the subtree's members: read; open, verify, review and close them. */
  'hardship.read',
  'hardship.write',
  /** 办实事 projects of the subtree's unions: read; promise, track and complete them. */
  'pledges.read',
  'pledges.write',
  /** 送温暖 campaigns of the subtree's unions: their stock, visits and report; run them and log visits. */
  'care.read',
  'care.write',
  /**
   * Record a decision on a past day (补录历史): an approval, a payment, an answer … dated before today. Union staff
   * and managers bringing their registers' past in; never reviewers, workers or judges.
   */
  'history.backdate',
  /** Returns (填报任务): issue a return to the unions below; fill one's own union's; review those of the unions below. */
  'returns.issue',
  'returns.fill',
  'returns.review',
  /** Check a member card's code (at an activity's door, a pickup desk, a visit). */
  'cards.verify',
  /** Group accident insurance of the subtree: policies, the insured, claims and statistics; read, and manage them. */
  'insurance.read',
  'insurance.write',
  /** Workers' activities of the subtree: read them and their rosters; organise them, sign members up, check in. */
  'activities.read',
  'activities.manage',
  /**
   * Counselling (心理关爱) of the subtree: the register of counsellors and volunteers, bookings (never the notes),
   * statistics (cells below 5 suppressed); manage: register them, log training, book for a member on the hotline.
   */
  'counselling.read',
  'counselling.manage',
  /** A counsellor's own slots, bookings and session notes: the counsellor role only, never staff or admin (ADR 54). */
  'counselling.counsel',
  /** Service stations of the subtree (职工之家, 驿站): the register, stock, visits, inspections, statistics; read, and manage them. */
  'stations.read',
  'stations.write',
  /**
   * 疗休养 and 体检 places (双千工程) of the subtree: read programs, batches, lists and statistics; run programs,
   * batches, quotas, attendance and settlement; nominate members on a union's quota.
   */
  'wellness.read',
  'wellness.manage',
  'wellness.nominate',
  /**
   * Calls for works (作品征集) organised in or offered to the subtree: read them, their works and statistics; open
   * calls and judge them (the organiser); review the works of one's members and send works in for them (a branch).
   */
  'calls.read',
  'calls.manage',
  'calls.review',
  /** Founding unions (组建) and their elections (换届) in the subtree: read foundings, terms, elections and statistics; record them. */
  'elections.read',
  'elections.write',
  /** The model workers register (劳模) of the subtree: read it and its statistics; register, correct, import. */
  'modelworkers.read',
  'modelworkers.write',
  /**
   * Workers' congresses (职代会) of the subtree: read terms, rosters, proposals, votes, 厂务公开 and statistics;
   * manage them (elect and replace delegates, hold sessions, examine, assign and answer proposals, run votes).
   */
  'congresses.read',
  'congresses.manage',
  /**
   * The security settings of staff accounts (password length, classes, history and expiry; idle timeout; sessions
   * per account): read and change them, every change audited (ADR 82). The security administrator's (安全管理员).
   */
  'security.settings',
  /**
   * Roles and permissions (角色与权限): withdraw a permission from a role, within what the role is built with, and
   * restore it; the three administrators' own permissions are fixed (ADR 85). The security administrator's.
   */
  'roles.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'manager',
  'staff',
  'reviewer',
  'worker',
  'judge',
  'counsellor',
  'security_admin',
  'audit_admin',
] as const;
/**
 * admin: the system administrator (系统管理员, no union): accounts, unions, configuration, never the audit log;
 * security_admin (安全管理员): roles and permissions, security settings, key rotation; audit_admin (审计管理员): reads
 * and exports the audit log and changes nothing else (三员分立, ADR 78; an account holds at most one of the three);
 * manager: a union's administrator (staff who also manage the
 * accounts of the union's subtree); staff; reviewer; worker: a member on the phone pages (no union role);
 * judge: a selection judge (no union role), who reaches only the panels they sit on; counsellor: a counsellor
 * (心理咨询师) at a union, who reaches only their own slots, bookings and notes (ADR 54).
 */
export type Role = (typeof ROLES)[number];

/** The three platform administrators (三员分立): an account never holds two of them (ADR 78). */
export const ADMIN_ROLES = ['admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];
export const isAdminRole = (role: string): boolean => (ADMIN_ROLES as readonly string[]).includes(role);

const STAFF: Permission[] = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.reveal_id',
  'people.import',
  'people.export',
  'jobs.read',
  'records.read',
  'records.write',
  'programs.read',
  'programs.write',
  'applications.review',
  'applications.submit',
  'ledger.read',
  'ledger.write',
  'reports.read',
  'claims.manage',
  'members.join.review',
  'members.requests.review',
  'messages.read',
  'todo.read',
  'account.self',
  'contests.read',
  'contests.manage',
  'contests.enter',
  'learning.read',
  'learning.write',
  'agreements.read',
  'agreements.write',
  'donations.read',
  'donations.write',
  'selections.read',
  'selections.manage',
  'selections.nominate',
  'innovation.read',
  'innovation.write',
  'innovation.review',
  'cases.read',
  'cases.handle',
  'hardship.read',
  'hardship.write',
  'pledges.read',
  'pledges.write',
  'care.read',
  'care.write',
  'history.backdate',
  'returns.issue',
  'returns.fill',
  'returns.review',
  'cards.verify',
  'insurance.read',
  'insurance.write',
  'activities.read',
  'activities.manage',
  'counselling.read',
  'counselling.manage',
  'stations.read',
  'stations.write',
  'wellness.read',
  'wellness.manage',
  'wellness.nominate',
  'calls.read',
  'calls.manage',
  'calls.review',
  'elections.read',
  'elections.write',
  'modelworkers.read',
  'modelworkers.write',
  'congresses.read',
  'congresses.manage',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  // self.apply lets the administrator reach the worker routes; with no person of their own they answer empty or 404.
  // selections.judge likewise reaches the judges' routes; seated on no panel, they answer empty or 404.
  // The system administrator reads no audit log: the audit administrator does (三员分立).
  admin: new Set<Permission>([
    ...STAFF,
    'self.apply',
    'selections.judge',
    'users.manage',
    'users.manage_all',
    'outbox.read',
    'sms.read',
    'sms.templates',
    'org.create_root',
    'applications.review.any_step',
    'jobs.read.all',
    'cases.calendar',
  ]),
  manager: new Set<Permission>([...STAFF, 'users.manage', 'sms.read']),
  staff: new Set<Permission>(STAFF),
  reviewer: new Set<Permission>([
    'org.read',
    'people.read',
    'people.export',
    'jobs.read',
    'records.read',
    'programs.read',
    'applications.review',
    'reports.read',
    'ledger.read',
    'messages.read',
    'todo.read',
    'account.self',
    'contests.read',
    'learning.read',
    'agreements.read',
    'donations.read',
    'selections.read',
    'innovation.read',
    'innovation.review',
    'cases.read',
    'hardship.read',
    'pledges.read',
    'care.read',
    'cards.verify',
    'insurance.read',
    'activities.read',
    'stations.read',
    'wellness.read',
    'calls.read',
    'calls.review',
    'elections.read',
    'modelworkers.read',
    'congresses.read',
  ]),
  worker: new Set<Permission>([
    'self.read',
    'self.write',
    'self.apply',
    'messages.read',
    'todo.read',
    'account.self',
  ]),
  judge: new Set<Permission>(['selections.judge', 'todo.read', 'account.self']),
  counsellor: new Set<Permission>(['counselling.counsel', 'messages.read', 'todo.read', 'account.self']),
  security_admin: new Set<Permission>(['security.settings', 'roles.manage', 'todo.read', 'account.self']),
  audit_admin: new Set<Permission>(['audit.read', 'todo.read', 'account.self']),
};
