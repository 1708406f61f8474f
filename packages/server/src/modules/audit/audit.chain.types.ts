/** The audit chain's row shapes, which the chain and its repository share (ADR 78). */

/** The fields of a row as the chain hashes them: every value as text (or null), as the database prints it. */
export interface ChainFields {
  id: string;
  /** UTC, microseconds: 2026-11-25T15:20:44.123456Z. */
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: string | null;
  federationId: string | null;
  /** jsonb as PostgreSQL prints it (its own canonical form: keys ordered, one space after each separator). */
  before: string | null;
  after: string | null;
  ip: string | null;
  actorName: string | null;
}

/** A sealed row: its fields and its place in the chain. */
export interface ChainRow extends ChainFields {
  seq: string;
  prevHash: string;
  hash: string;
}
