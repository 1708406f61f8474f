import type { Db } from '../../db/db.ts';
import type { IdProtector } from '../people/index.ts';
import { createClaimExport } from './insurance.claims.export.ts';
import { createClaimFiles } from './insurance.claims.files.ts';
import { createClaimReading } from './insurance.claims.reading.ts';
import { createClaimReview } from './insurance.claims.review.ts';
import { createClaimFiling } from './insurance.filing.ts';

/**
 * Claims (issue 27): filed by the worker or by staff, a claim climbs the policy's chain — the member's union, the
 * unions above it, up to the policy's union — each forwarding it or returning it with a reason, only the union whose
 * step it is acting (NOT_YOUR_STEP otherwise); the policy's union's forward sends it to the insurer, whose decision
 * and payout the policy's union records. Every step carries the day it happened (补录 with history.backdate).
 */
export function createClaimUseCases(db: Db, clock: () => Date, ids: IdProtector | null) {
  return {
    ...createClaimFiling(db, clock),
    ...createClaimFiles(db, clock),
    ...createClaimReading(db, clock),
    ...createClaimExport(db, clock, ids),
    ...createClaimReview(db, clock),
  };
}
