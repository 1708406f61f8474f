import { defineModule } from '../../module-manifest.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { createContestsService } from './contests.compose.ts';
import { contestsRecounter } from './contests.recount.repository.ts';
import { contestsRoutes } from './contests.routes.ts';
import { contestsUsage } from './contests.usage.ts';

export { type ContestsService, createContestsService } from './contests.compose.ts';
export { seedContests } from './contests.demo.ts';
export { contestsRoutes } from './contests.routes.ts';
export { AWARD_LEVEL_OF, SUBJECTS as CONTEST_SUBJECTS } from './contests.types.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'contests',
  auditNames: {
    contest: namedBy('contests', 'name'),
    // the entrant (a worker or a team, as entered) and the contest: published results are public
    contest_entry: namedByQuery(
      `select e.id, c.name, coalesce(e.name, (select string_agg(p.name, '、' order by m.position)
          from contest_entry_members m join persons p on p.id = m.person_id where m.entry_id = e.id)) as person
         from contest_entries e join contests c on c.id = e.contest_id where e.id = any($1::bigint[])`,
    ),
  },
  todo: {
    nothingWaits: 'entries within limits are taken at once; results are entered by the organiser when ready',
  },
  menuUsage: contestsUsage,
  recounter: contestsRecounter,
  description:
    "`contests`, `contest_events`, `contest_entries`, `contest_entry_members` — skills and labour contests of a union for its subtree: entries by unions within limits per union and per event (the contest row locked while registering), results entered or imported from .xlsx, publication turning each prize into an award record of every person of the entry (`upsertSourcedRecords`, once; republishing updates); counts `contests.units`/`entries`/`people`/`prizes` through `reporting`, all dated by the contest's end date",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ contests: createContestsService(db, clock) }),
  routes: (app, s) => contestsRoutes(app, s),
});
