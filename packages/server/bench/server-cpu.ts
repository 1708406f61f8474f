import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CPU seconds used so far by the PostgreSQL server whose data directory is `dataDir` (Linux /proc; null
 * elsewhere): the postmaster's own and its children's, live ones and — through the postmaster's cutime and
 * cstime — those that have ended (the pool closes idle connections).
 */
export function serverCpuSeconds(dataDir: string): number | null {
  try {
    const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const ticks = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // ended meanwhile
      }
      // fields after the name: state ppid … utime (12th) stime (13th) cutime cstime
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) === postmaster) total += Number(f[11]) + Number(f[12]);
      if (Number(pid) === postmaster) total += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    }
    return total / ticks;
  } catch {
    return null;
  }
}
