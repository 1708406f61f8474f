/**
 * Coverage as counts kept over time. An enterprise covered by several agreements of one kind counts once: its
 * coverage over time is a step function (covered or not; the workers and women workers there, the largest figure
 * any covering agreement lists) built from the agreements' spans. The reporting layer keeps a state count as
 * dated changes (+ on entering, − on leaving), so a change of coverage is the difference between the function's
 * steps after and before.
 */
export interface Span {
  /** First day in force. */
  from: string;
  /** First day no longer in force (the day after expiry). */
  until: string;
  workers: number;
  women: number;
}

export interface Step {
  on: string;
  enterprises: number;
  workers: number;
  women: number;
}

function valueAt(spans: Span[], day: string) {
  const live = spans.filter((s) => s.from <= day && day < s.until);
  if (!live.length) return { enterprises: 0, workers: 0, women: 0 };
  return {
    enterprises: 1,
    workers: Math.max(...live.map((s) => s.workers)),
    women: Math.max(...live.map((s) => s.women)),
  };
}

/** The dated changes of one enterprise's coverage from nothing to what `spans` say. */
export function coverageSteps(spans: Span[]): Step[] {
  if (spans.length === 1) {
    // one span (most enterprises): in on its first day, out on the day after its last
    const [{ from, until, workers, women }] = spans;
    return [
      { on: from, enterprises: 1, workers, women },
      { on: until, enterprises: -1, workers: -workers, women: -women },
    ];
  }
  const days = [...new Set(spans.flatMap((s) => [s.from, s.until]))].sort();
  const out: Step[] = [];
  let prev = { enterprises: 0, workers: 0, women: 0 };
  for (const on of days) {
    const now = valueAt(spans, on);
    const step = {
      on,
      enterprises: now.enterprises - prev.enterprises,
      workers: now.workers - prev.workers,
      women: now.women - prev.women,
    };
    if (step.enterprises || step.workers || step.women) out.push(step);
    prev = now;
  }
  return out;
}

/** The dated changes that turn coverage `before` into coverage `after` (both one enterprise's spans). */
export function coverageChange(before: Span[], after: Span[]): Step[] {
  const byDay = new Map<string, Step>();
  const add = (steps: Step[], sign: 1 | -1) => {
    for (const s of steps) {
      const d = byDay.get(s.on) ?? { on: s.on, enterprises: 0, workers: 0, women: 0 };
      d.enterprises += sign * s.enterprises;
      d.workers += sign * s.workers;
      d.women += sign * s.women;
      byDay.set(s.on, d);
    }
  };
  add(coverageSteps(after), 1);
  add(coverageSteps(before), -1);
  return [...byDay.values()]
    .filter((s) => s.enterprises || s.workers || s.women)
    .sort((a, b) => a.on.localeCompare(b.on));
}
