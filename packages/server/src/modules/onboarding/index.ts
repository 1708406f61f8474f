export {
  type ActivationService,
  CODE_ATTEMPTS,
  CODES_PER_HOUR,
  createActivationService,
} from './activation.service.ts';
export type { JoinRequestRow, JoinStatus, UnionHit } from './join.repository.ts';
export { createJoinService, type JoinService } from './join.service.ts';
export { onboardingRoutes } from './onboarding.routes.ts';
export { claimRequest, HOUR, purgeCounters } from './onboarding.throttle.ts';
export const onboardingMigrations = new URL('./migrations/', import.meta.url);
export { onboardingTodo } from './onboarding.todo.repository.ts';
