import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { getProgramManaged } from '../program-admin.service.ts';
import { claimFigureNotes } from './claims.notes.ts';
import {
  findClaimTotals,
  findDrawRecord,
  listClaimProgramsOf,
  listClaimsByChildUnion,
} from './claims.pages.repository.ts';
import { claimPeriodKey } from './claims.plan.ts';

export type ClaimState = 'upcoming' | 'open' | 'sold_out' | 'ended' | 'drawn';
export type MyClaimResult = 'granted' | 'entered_lottery' | 'not_drawn' | null;

export interface MyClaim {
  programId: number;
  name: string;
  description: string | null;
  ownerOrgName: string;
  claimStartsAt: string;
  claimEndsAt: string;
  lottery: boolean;
  stock: number | null;
  left: number | null;
  state: ClaimState;
  myResult: MyClaimResult;
  applicationId: number | null;
  /** Granted in kind: there is something to collect with a pickup code. */
  toCollect: boolean;
}

/**
 * The claim programs of the worker's union and the unions above it: open, upcoming, or ended within the
 * 30 days before `at`, each with the stock left and the worker's own result (as of `at`); the latest 100, and how
 * many there are. One query.
 */
export async function listMyClaims(
  db: Db,
  actor: Actor,
  at: Date,
): Promise<{ items: MyClaim[]; total: number }> {
  // Staff and the administrator have no claims of their own.
  if (actor.personId === null) return { items: [], total: 0 };
  const { items: rows, total } = await listClaimProgramsOf(db, actor.personId, at);
  const now = at.getTime();
  const items = rows.map((r): MyClaim => {
    const starts = new Date(r.claimStartsAt);
    const ends = new Date(r.claimEndsAt);
    const used = r.used ?? 0;
    const left = r.stock === null ? null : Math.max(0, r.stock - used);
    let state: ClaimState;
    if (r.lottery && r.drawn) state = 'drawn';
    else if (r.status === 'closed' || now >= ends.getTime()) state = 'ended';
    else if (now < starts.getTime()) state = 'upcoming';
    else if (!r.lottery && left === 0) state = 'sold_out';
    else state = 'open';
    const myResult: MyClaimResult =
      r.applicationId !== null
        ? 'granted'
        : r.entered
          ? r.won === false
            ? 'not_drawn'
            : 'entered_lottery'
          : null;
    return {
      programId: r.programId,
      name: r.name,
      description: r.description,
      ownerOrgName: r.ownerOrgName,
      claimStartsAt: starts.toISOString(),
      claimEndsAt: ends.toISOString(),
      lottery: r.lottery,
      stock: r.stock,
      left,
      state,
      myResult,
      applicationId: r.applicationId,
      toCollect: r.toCollect === true,
    };
  });
  return { items, total };
}

export interface ClaimStats {
  programId: number;
  name: string;
  lottery: boolean;
  stock: number | null;
  granted: number;
  distinctPeople: number;
  left: number | null;
  entries: number;
  claimStartsAt: string | null;
  claimEndsAt: string | null;
  firstGrantAt: string | null;
  lastGrantAt: string | null;
  /** When the last place went (null while stock is left); and how long after the window opened. */
  soldOutAt: string | null;
  sellOutMs: number | null;
  draw: {
    seed: string;
    entries: number;
    winners: number;
    entriesDigest: string;
    drawnAt: string;
    drawnBy: string | null;
  } | null;
  /** In-kind grants collected at the pickup point (核销); granted − redeemed are still to collect. */
  redeemed: number;
  byUnion: { orgId: number; name: string; granted: number; redeemed: number; entries: number }[];
  /** The day the figures stand on (today), and what each counts. */
  asOf: string;
  notes: ReturnType<typeof claimFigureNotes>;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Figures of one claim program for the staff of its owner (or above): grants, entries, sell-out, by union. */
export async function getClaimStats(
  db: Db,
  actor: Actor,
  programId: number,
  today: string,
): Promise<ClaimStats> {
  const program = await getProgramManaged(db, actor, programId);
  const periodKey = claimPeriodKey(program) ?? 'whole';
  const s = await findClaimTotals(db, programId, periodKey);
  const d = await findDrawRecord(db, programId);
  const byUnion = await listClaimsByChildUnion(db, programId, {
    path: program.ownerOrgPath,
    id: program.ownerOrgId,
    name: program.ownerOrgName,
  });
  const stock = program.quota;
  const used = s.used ?? 0;
  const left = stock === null ? null : Math.max(0, stock - used);
  const soldOut = !program.lottery && stock !== null && left === 0 && s.last !== null;
  const opens = program.claimStartsAt ? new Date(program.claimStartsAt).getTime() : null;
  return {
    programId,
    name: program.name,
    lottery: program.lottery,
    stock,
    granted: s.granted,
    distinctPeople: s.people,
    left,
    entries: s.entries,
    claimStartsAt: iso(program.claimStartsAt),
    claimEndsAt: iso(program.claimEndsAt),
    firstGrantAt: iso(s.first),
    lastGrantAt: iso(s.last),
    soldOutAt: soldOut ? iso(s.last) : null,
    sellOutMs: soldOut && opens !== null && s.last ? Math.max(0, new Date(s.last).getTime() - opens) : null,
    draw: d
      ? {
          seed: d.seed,
          entries: d.entries,
          winners: d.winners,
          entriesDigest: d.entriesDigest,
          drawnAt: new Date(d.drawnAt).toISOString(),
          drawnBy: d.drawnBy,
        }
      : null,
    redeemed: byUnion.reduce((n, u) => n + u.redeemed, 0),
    byUnion,
    asOf: today,
    notes: claimFigureNotes(today),
  };
}
