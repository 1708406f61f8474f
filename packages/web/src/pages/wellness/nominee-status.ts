/** A nominee as the batch's list shows their status. */
interface Nominee {
  status: 'nominated' | 'replaced' | 'withdrawn';
  attendance: 'attended' | 'absent' | null;
}

/**
 * The key of the words a nominee's status is told in: replaced or withdrawn; once marked, attended or absent; still
 * to go (the batch not begun), nominated (已推荐) — not 未登记, which a clerk reads as not signed up —; the batch begun
 * and nothing marked, attendance not recorded (到场情况未登记).
 */
export function nomineeStatusKey(n: Nominee, startsOn: string, today: string): string {
  if (n.status !== 'nominated') return `wel.nomStatus.${n.status}`;
  if (n.attendance) return `wel.attendance.${n.attendance}`;
  return startsOn > today ? 'wel.nomStatus.nominated' : 'wel.attendance.none';
}
