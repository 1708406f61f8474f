/**
 * A program's period (its stored `periodLabel`) in the reader's language. The labels the platform writes itself —
 * a year (2026年), a span of years (2022—2026年), 每年（常设）, a standing program from a year (2020年起（常设）), a
 * year's 年度 — are said in English; a label a union typed in its own words is shown as typed.
 */
export function periodLabelIn(label: string, lang: string): string {
  if (lang !== 'en') return label;
  const year = /^(\d{4})\s*年度?$/.exec(label);
  if (year) return year[1];
  const span = /^(\d{4})\s*[—–-]\s*(\d{4})\s*年度?$/.exec(label);
  if (span) return `${span[1]}–${span[2]}`;
  if (label === '每年（常设）') return 'Every year (standing)';
  const since = /^(\d{4})\s*年起（常设）$/.exec(label);
  if (since) return `From ${since[1]} (standing)`;
  return label;
}
