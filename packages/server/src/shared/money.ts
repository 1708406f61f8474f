/** A comma in an amount: between thousands only, as 1,200.50 and 1,234,567 are written. */
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?万?$/;

/**
 * Yuan as clerks write them ("1200", "1,200.5", "¥1200.00", "3000元", "3.5万", "3.5万元", "1000元整") to fen, exactly;
 * null when malformed or negative. Money is integer fen everywhere else.
 */
export function parseYuan(raw: string): number | null {
  const typed = raw
    .normalize('NFKC')
    .replace(/[\s¥￥]/g, '')
    .replace(/元整?$/, '');
  // a comma separates thousands only (1,200.50): 12,50 or 1200,5 is no amount, not 1250 or 12005 yuan
  if (typed.includes(',') && !THOUSANDS.test(typed)) return null;
  const s = typed.replace(/,/g, '');
  const wan = /^(\d{1,6})(?:\.(\d{1,6}))?万$/.exec(s);
  if (wan) return Number(wan[1]) * 1_000_000 + Number((wan[2] ?? '').padEnd(6, '0'));
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(s);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * The one way the server writes an amount in words (messages, notices, rule descriptions): fen as yuan with two
 * decimals and thousands separated, by integer arithmetic — 123456 → '1,234.56'. Callers add ¥ or 元.
 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}
