import { defineModule } from '../../module-manifest.ts';
import { namedByQuery } from '../../shared/record-names.ts';
import { createActivationService } from './activation.service.ts';
import { createJoinService } from './join.service.ts';
import { memberAccountRoutes } from './member-account.routes.ts';
import { createMemberAccounts } from './member-account.service.ts';
import { onboardingRoutes } from './onboarding.routes.ts';
import { onboardingTodo } from './onboarding.todo.repository.ts';
import { createPhoneChange } from './phone-change.service.ts';

export { type ActivationService, createActivationService } from './activation.service.ts';
export type { JoinRequestRow, JoinStatus, UnionHit } from './join.repository.ts';
export { createJoinService, type JoinService } from './join.service.ts';
export { createMemberAccounts, type MemberAccounts } from './member-account.service.ts';
export { onboardingRoutes } from './onboarding.routes.ts';
export { claimRequest, HOUR, purgeCounters, withinLimit } from './onboarding.throttle.ts';
export { CODE_ATTEMPTS, CODES_PER_HOUR } from './one-time-code.ts';
export { createPhoneChange, type PhoneChange } from './phone-change.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'onboarding',
  todo: onboardingTodo,
  auditNames: {
    // the applicant's name as typed, masked: someone not yet a member
    join_request: namedByQuery('select id, name as person from join_requests where id = any($1::bigint[])', {
      masked: true,
    }),
  },
  description:
    "`activation_codes`, `join_requests`, `onboarding_counters`, `phone_change_codes` — account activation by one-time code, a worker's change of phone number proved by a code to the new number (ADR 147), online joining (网上入会), a member's phone account seen on their page and disabled or enabled by their union (ADR 162)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, sender, auth, clock }) => ({
    activation: createActivationService(db, ids, sender, auth, clock),
    join: createJoinService(db, ids, sender, clock),
    phoneChange: createPhoneChange(db, ids, sender, clock),
    memberAccounts: createMemberAccounts(db, () => auth.forgetSessions()),
  }),
  routes: (app, s, { secureCookies }) => {
    onboardingRoutes(app, {
      activation: s.activation,
      join: s.join,
      phoneChange: s.phoneChange,
      secureCookies,
    });
    memberAccountRoutes(app, s.memberAccounts);
  },
});
