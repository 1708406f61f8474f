import type { Actor } from '../src/access/access.ts';

/**
 * The platform administrator a benchmark acts as (no union, the whole tree in scope), under the user id the
 * benchmark writes or reads as: bench/race.ts's sets a race up, bench/federation.fixture.ts's reads at scale.
 */
export const benchAdminAs = (userId: number): Actor => ({
  userId,
  username: 'bench',
  displayName: 'bench',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
});
