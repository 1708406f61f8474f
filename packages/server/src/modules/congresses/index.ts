/**
 * Workers' congresses (职代会 / 职工大会, issue 28): terms and delegates with the legal proportions checked, sessions
 * and attendance, proposals from filing to rating (and into 办实事 projects), votes with quorum and majority, and
 * 厂务公开. Rules and choices: ADR 0064.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { congressesRecounter } from './congresses.recount.repository.ts';
import { congressesRoutes } from './congresses.routes.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressesTodo } from './congresses.todo.repository.ts';
import { congressesUsage } from './congresses.usage.ts';

export { seedCongresses } from './congresses.demo.ts';
export { congressesRoutes } from './congresses.routes.ts';
export { type CongressesService, createCongressesService } from './congresses.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'congresses',
  auditNames: {
    congress: namedBy('congresses', 'name'),
    congress_disclosure: namedBy('congress_disclosures', 'title'),
    congress_proposal: namedBy('congress_proposals', 'title'),
  },
  todo: congressesTodo,
  menuUsage: congressesUsage,
  recounter: congressesRecounter,
  description:
    "`congresses`, `congress_terms`, `congress_delegations`, `congress_delegates`, `congress_sessions`, `congress_attendance`, `congress_proposals`, `congress_cosigns`, `congress_proposal_pledges`, `congress_motions`, `congress_ballots`, `congress_disclosures`, `congress_disclosure_reads` — workers' congresses (职代会 / 职工大会, ADR 64): a congress per enterprise union with its settings (front-line and technical delegates ≥ 50 %, managers ≤ 20 %, women at least their share of the workforce — warnings with the figures on the roster; co-signatures needed, default 2; working days to answer, default 15), terms (届), delegations (代表团/组) and delegates elected from the union's members (category and sex as elected), replacements keeping who, when and why; sessions (次) with a proposal window and attendance; proposals (提案) filed and co-signed (附议) by delegates on the phone, examined (立案, 不立案 with a reason, 并案), assigned to a department with a deadline in working days (`addWorkingDays`, cases), answered, rated by the proposer (不满意 once asks for a second answer), and made a 办实事 project (`promisePledgeFor`, pledges; the link kept here, the pledge's page asks `GET /api/congresses/pledge-links/:pledgeId`); votes (one delegate one ballot by the ballot's primary key; quorum ≥ 2/3 present, passed with > 1/2 of all delegates), results public to the enterprise's members; 厂务公开 with each member's reading counted once; counts `congresses.sessions`, `.proposals_filed`, `.proposals_accepted`, `.proposals_answered` (dim2 in time / late), `.proposals_rated` (dim the rating), `.motions`, `.disclosures` through `reporting`, by year and union with .xlsx; the register of past sessions (`congresses.import.ts`, a row per session with its union, term and day) sets up the congresses and terms they need and counts each session as the congress's page does",
  dependencyNotes: { cases: '`addWorkingDays`', pledges: '`promisePledgeFor`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ congresses: createCongressesService(db, clock) }),
  routes: (app, s) => congressesRoutes(app, s),
  cliRegisters: {
    congresses: {
      zh: '职代会届次与会议',
      doc: '职代会届次与会议, `/api/congresses/import`: one row per session held, with its term',
      of: (s) => s.congresses.register,
    },
  },
});
