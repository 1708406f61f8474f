import { contrast } from '../../components/contrast.ts';
import type { Progress } from './returns-api.ts';

type UnionRow = Progress['unions'][number];

/** The colours of a return's map of unions: one a state, a consolidating union part in drawn lighter. */
export const TILE_COLOURS = {
  accepted: '#389e0d',
  submitted: '#1677ff',
  partly: '#91caff',
  returned: '#fa8c16',
  open: '#d9d9d9',
  overdue: '#cf1322',
  notReported: '#8c8c8c',
} as const;

/** A union's tile colour by its state (a consolidating union: by how much of its subtree is in). */
export function tileColour(u: UnionRow): string {
  const c = TILE_COLOURS;
  if (u.status === 'accepted') return c.accepted;
  if (u.status === 'not_reported') return c.notReported;
  if (u.status === 'returned') return c.returned;
  if (u.status === 'submitted') return c.submitted;
  if (u.consolidates && u.below.unions > 1) {
    const share = (u.below.submitted + u.below.notReported) / u.below.unions;
    return share >= 0.99 ? c.submitted : share > 0 ? c.partly : u.late ? c.overdue : c.open;
  }
  return u.late ? c.overdue : c.open;
}

const DARK = '#000000';
const LIGHT = '#ffffff';

/** The colour of a name written on a tile: black or white, whichever stands out more from the tile. */
export const textOn = (background: string) =>
  contrast(background, DARK) >= contrast(background, LIGHT) ? DARK : LIGHT;
