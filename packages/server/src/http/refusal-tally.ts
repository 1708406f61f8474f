/**
 * How many refusals of one account the audit log records one by one: `limit` a minute. A signed-in caller
 * refused in a loop would otherwise fill the log, and every write queues behind the log's hash chain. Past the
 * limit a refusal is counted; the next row recorded for that account says how many were not recorded one by one,
 * and where none comes, `unwritten` hands the counts of the minutes gone by (and, as the server stops, of this one)
 * to be written on their own. The tally is the process's own: with two servers an account may be recorded up to
 * twice the limit a minute.
 */
export const REFUSALS_RECORDED_PER_MINUTE = 30;

/** What a recorded refusal row adds: refusals counted but not recorded before it, and the limit on its last. */
export interface RefusalNote {
  refusalsUnrecorded?: number;
  refusalsPerMinute?: number;
}

/** Accounts remembered before the quiet ones are forgotten. */
const ACCOUNTS_KEPT = 10_000;

export function createRefusalTally<Who = undefined>(clock: () => Date, limit = REFUSALS_RECORDED_PER_MINUTE) {
  const accounts = new Map<number, { minute: number; recorded: number; held: number; who: Who }>();
  const thisMinute = () => Math.floor(clock().getTime() / 60_000);
  return {
    /** The note for the refusal's row, or null: counted, not recorded. `who` is kept for `unwritten`. */
    admit(userId: number, who?: Who): RefusalNote | null {
      const minute = thisMinute();
      let account = accounts.get(userId);
      if (!account) {
        if (accounts.size >= ACCOUNTS_KEPT)
          for (const [id, a] of accounts) if (a.minute !== minute && a.held === 0) accounts.delete(id);
        account = { minute, recorded: 0, held: 0, who: who as Who };
        accounts.set(userId, account);
      }
      if (who !== undefined) account.who = who;
      if (account.minute !== minute) Object.assign(account, { minute, recorded: 0 });
      if (account.recorded >= limit) {
        account.held++;
        return null;
      }
      account.recorded++;
      const note: RefusalNote = {
        ...(account.held ? { refusalsUnrecorded: account.held } : {}),
        ...(account.recorded === limit ? { refusalsPerMinute: limit } : {}),
      };
      account.held = 0;
      return note;
    },
    /**
     * The refusals counted and not yet written, of minutes gone by (every minute with `all`, as the server stops),
     * each with the caller last refused; taken out of the tally, so each is handed out once.
     */
    unwritten(all = false): { userId: number; who: Who; refusalsUnrecorded: number }[] {
      const minute = thisMinute();
      const out: { userId: number; who: Who; refusalsUnrecorded: number }[] = [];
      for (const [userId, a] of accounts) {
        if (!a.held || (!all && a.minute === minute)) continue;
        out.push({ userId, who: a.who, refusalsUnrecorded: a.held });
        a.held = 0;
      }
      return out;
    },
  };
}
