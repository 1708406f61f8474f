import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { agreementsRecounter } from './agreements.recount.repository.ts';
import { agreementsRoutes } from './agreements.routes.ts';
import { createAgreementsService } from './agreements.service.ts';
import { agreementsUsage } from './agreements.usage.ts';
import { recountEnterprises } from './coverage.counts.ts';

export { seedAgreements } from './agreements.demo.ts';
export { agreementsRoutes } from './agreements.routes.ts';
export { type AgreementsService, createAgreementsService } from './agreements.service.ts';
export { CLAUSES } from './agreements.types.ts';
export { recountEnterprises } from './coverage.counts.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'agreements',
  auditNames: { agreement: namedBy('agreements', 'title') },
  todo: { nothingWaits: 'agreements due for renewal are the renewal list on its page, not yet a to-do' },
  menuUsage: agreementsUsage,
  recounter: agreementsRecounter,
  description:
    "`agreements`, `agreement_texts`, `agreement_enterprises`, `agreement_coverage` — collective agreements (集体合同, 专项协议 incl. women workers' special protection) and the enterprises they cover; signing, agreements in force and coverage (each enterprise once) kept in `reporting` as dated steps (ADR 20); the renewal list; statistics and their .xlsx export; the agreements register imported (one row per agreement and covered enterprise, each agreement on its own days through the same signing code, ADR 41)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ agreements: createAgreementsService(db, clock) }),
  routes: (app, s) => agreementsRoutes(app, s),
  cliRegisters: {
    agreements: {
      zh: '集体合同台账记录',
      doc: '集体合同台账, `/api/agreements/import`: one row per agreement and covered enterprise',
      of: (s) => s.agreements.register,
    },
  },
  wiring: { employersChanged: recountEnterprises },
});
