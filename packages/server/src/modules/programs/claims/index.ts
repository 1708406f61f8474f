/**
 * Flash claims (先到先得 and lotteries) of welfare programs (ADR 28): claiming, the draw, the roster and the
 * claims routes. Uses the program definitions at the module root; nothing else in programs depends on it.
 */
export { drawLottery } from './claims.draw.ts';
export { PICKUPS_CAP } from './claims.pickup.repository.ts';
export { getMyPickup, pickupsOfPerson } from './claims.pickup.ts';
export { claimsRoutes } from './claims.routes.ts';
export { type ClaimsService, createClaimsService } from './claims.service.ts';
