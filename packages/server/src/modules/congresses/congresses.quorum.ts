import type { Bilingual } from '../../shared/errors.ts';

/**
 * The law's two numbers for a vote of a congress (ADR 64), pure: a session needs two thirds of ALL the delegates
 * seated on its day present (the quorum), and a motion carries with 赞成 from more than half of ALL those delegates
 * (the majority) — not of those present or voting. Every page, answer and export says a result in these words.
 */

/** The delegates who must be present: two thirds of all, rounded up (30 → 20, 12 → 8). */
export const quorumOf = (delegates: number) => Math.ceil((delegates * 2) / 3);

/** The 赞成 votes a motion needs: more than half of all delegates (30 → 16, 12 → 7). */
export const majorityOf = (delegates: number) => Math.floor(delegates / 2) + 1;

export const hasQuorum = (present: number, delegates: number) =>
  delegates > 0 && present >= quorumOf(delegates);

/** Where a session stands against its quorum: present, all delegates, how many are needed, and whether it is met. */
export function quorumState(present: number, delegates: number) {
  return { present, delegates, quorum: quorumOf(delegates), quorumMet: hasQuorum(present, delegates) };
}

/** The refusal's and the notice's words when a session lacks its quorum. */
export function noQuorumText(present: number, delegates: number): Bilingual {
  const q = quorumOf(delegates);
  return {
    zh: `出席代表${present}人，未达到全体代表（${delegates}人）三分之二（${q}人）的法定人数，不能表决`,
    en: `${present} delegates present; two thirds of all ${delegates} delegates (${q}) must be present to vote`,
  };
}

export type MotionResult = 'passed' | 'failed' | 'no_quorum';

/** A closed vote's result with its rule: 赞成15票，未达到全体代表（30人）的过半数（16票），未通过. */
export function motionResultText(m: {
  result: MotionResult | null;
  delegates: number | null;
  present: number | null;
  yes: number;
}): Bilingual | null {
  if (!m.result || m.delegates === null) return null;
  const d = m.delegates;
  const need = majorityOf(d);
  if (m.result === 'no_quorum') {
    const q = quorumOf(d);
    return {
      zh: `出席代表${m.present ?? 0}人，未达到全体代表（${d}人）三分之二（${q}人）的法定人数，表决无效`,
      en: `${m.present ?? 0} present; two thirds of all ${d} delegates (${q}) must be present: no valid vote`,
    };
  }
  return m.result === 'passed'
    ? {
        zh: `赞成${m.yes}票，达到全体代表（${d}人）的过半数（${need}票），通过`,
        en: `${m.yes} for; a majority of all ${d} delegates (${need}) reached: carried`,
      }
    : {
        zh: `赞成${m.yes}票，未达到全体代表（${d}人）的过半数（${need}票），未通过`,
        en: `${m.yes} for; a majority of all ${d} delegates (${need}) is needed: not carried`,
      };
}

/** A motion as the pages show it: its majority and its result in words, from the one rule above. */
export function withResultText<
  T extends { result: MotionResult | null; delegates: number | null; present: number | null; yes: number },
>(m: T) {
  return {
    ...m,
    majority: m.delegates === null ? null : majorityOf(m.delegates),
    resultText: motionResultText(m),
  };
}
