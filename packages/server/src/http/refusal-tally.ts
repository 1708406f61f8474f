/**
 * How many refusals of one account the audit log records one by one: `limit` a minute. A signed-in caller
 * refused in a loop would otherwise fill the log, and every write queues behind the log's hash chain. Past the
 * limit a refusal is counted; the next row recorded for that account says how many were not recorded one by one.
 * The tally is the process's own: with two servers an account may be recorded up to twice the limit a minute.
 */
export const REFUSALS_RECORDED_PER_MINUTE = 30;

/** What a recorded refusal row adds: refusals counted but not recorded before it, and the limit on its last. */
export interface RefusalNote {
  refusalsUnrecorded?: number;
  refusalsPerMinute?: number;
}

/** Accounts remembered before the quiet ones are forgotten. */
const ACCOUNTS_KEPT = 10_000;

export function createRefusalTally(clock: () => Date, limit = REFUSALS_RECORDED_PER_MINUTE) {
  const accounts = new Map<number, { minute: number; recorded: number; held: number }>();
  return {
    /** The note for the refusal's row, or null: counted, not recorded. */
    admit(userId: number): RefusalNote | null {
      const minute = Math.floor(clock().getTime() / 60_000);
      let account = accounts.get(userId);
      if (!account) {
        if (accounts.size >= ACCOUNTS_KEPT)
          for (const [id, a] of accounts) if (a.minute !== minute && a.held === 0) accounts.delete(id);
        account = { minute, recorded: 0, held: 0 };
        accounts.set(userId, account);
      }
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
  };
}
