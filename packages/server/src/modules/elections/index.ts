/**
 * Founding a union (组建) and its elections (换届), issue 28: a founding from the workers' application to the union in
 * the tree, committees and their terms, the elections due and overdue, votes counted by the rule (ADR 65).
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { seedElections } from './elections.demo.ts';
import { electionsRecounter } from './elections.recount.repository.ts';
import { electionsRoutes } from './elections.routes.ts';
import { createElectionsService } from './elections.service.ts';
import { electionsUsage, electionYears } from './elections.usage.ts';

export { seedElections } from './elections.demo.ts';
export { electionsRoutes } from './elections.routes.ts';
export { createElectionsService, type ElectionsService } from './elections.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'elections',
  auditNames: {
    founding: namedBy('foundings', 'name'),
    // the union that held the election, and the day
    election: namedByQuery(
      `select e.id, o.name || ' · ' || to_char(e.held_on, 'YYYY-MM-DD') as name from elections e
         join orgs o on o.id = e.org_id where e.id = any($1::bigint[])`,
    ),
  },
  todo: {
    nothingWaits: 'terms ending and elections overdue are a list on the elections page, not yet a to-do',
  },
  demo: async ({ db, today }) => seedElections(db, today),
  menuUsage: electionsUsage,
  countedYears: electionYears,
  recounter: electionsRecounter,
  description:
    "`foundings`, `committees`, `elections`, `election_candidates`, `election_settings` — founding a union (组建) and its elections (换届), ADR 65: a founding recorded by the union above from the workers' application through the preparatory group (筹备组), the members' meeting (attendance) and the first committee (主席, 副主席, 委员, 经审委员, 女职工委员), each step on its day and in order; its approval creates the union through org's `createOrgIn` (founded on the day the first committee was elected) in the same transaction; a committee sits for the term of the setting that applies (the union's own or the nearest above, 3 or 5 years, default 5), fixed when elected; the terms ending within months and the elections overdue for the subtree; an election's candidates and votes elect by the rule (more than half of the ballots cast, or of those present), validated (ballots ≤ present ≤ voters, votes ≤ ballots, one chair) and replace the committee on its day (org's `updateOrgIn`; the previous kept with `replaced_on`); counts `elections.founded`, `elections.founding_members` on the founding day and `elections.held` on the election day; terms due and overdue read from `committees` as of a day; statistics by year with .xlsx",
  migrations: new URL('./migrations/', import.meta.url),
  // a union founded with a credit code takes its enterprise's coverage under the agreements
  services: ({ db, clock, wiring }) => ({
    elections: createElectionsService(db, clock, { employersChanged: wiring.employersChanged }),
  }),
  routes: (app, s) => electionsRoutes(app, s),
});
