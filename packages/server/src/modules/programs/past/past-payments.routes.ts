import { Type } from 'typebox';
import { registerRouteGroup } from '../../../http/register-routes.ts';
import { RegisterImportResult } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import type { createPastPaymentsRegister } from './past-payments.register.ts';

export const PastPaymentsImportResult = Type.Object({
  ...RegisterImportResult.properties,
  people: Type.Integer({ description: 'distinct people paid' }),
  programs: Type.Integer({ description: 'distinct programs named' }),
  amountFen: Type.Number({ description: 'fen: the amount actually paid, every row' }),
});

/** The register of payments to people before the platform (ADR 74): its template and import. */
export function pastPaymentsRoutes(
  app: App,
  { register }: { register: ReturnType<typeof createPastPaymentsRegister> },
): void {
  registerRouteGroup(app, {
    tags: ['ledger'],
    import: {
      path: '/api/programs/past-payments/import',
      listed: {
        key: 'past-payments',
        module: 'programs',
      },
      permission: 'ledger.write',
      what: 'a register of payments to people made before the platform or outside it (one row per payment: person, program, amount actually paid, day approved, day paid)',
      result: PastPaymentsImportResult,
      register,
    },
  });
}
