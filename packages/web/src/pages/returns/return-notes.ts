import type { Submission } from './returns-api.ts';

type Comment = Submission['comments'][number];

/**
 * What the union above wrote when it last sent a return back, and whether it is still to be acted on: while the
 * return stands returned its note and comments are what to fix (the page shows them as warnings); once it is
 * submitted again, accepted or marked 未报 they are what was asked before, and the page says so quietly, so an
 * accepted return shows no warning it no longer has. Comments of an earlier sending back are left out.
 */
export function returnNotes(s: Pick<Submission, 'status' | 'returnNote' | 'comments'>) {
  const last = s.comments.reduce((n, c) => Math.max(n, c.round), 0);
  const ofLast = s.comments.filter((c) => c.round === last);
  return {
    live: s.status === 'returned',
    note: s.returnNote,
    /** The general comments besides the note (an older return's note came as one). */
    general: ofLast.filter((c) => c.key === '' && c.body !== s.returnNote),
    onField: (key: string): Comment[] => ofLast.filter((c) => c.key === key),
  };
}

export type ReturnNotes = ReturnType<typeof returnNotes>;
