/** Full-width digits (１１０１…) as clerks' input methods type them, and a full-width X after a digit. */
const FULL_WIDTH = /[０-９]|(?<=[0-9０-９])[Ｘｘ]/g;
const halfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * A run long enough to be an ID number, whole or nearly (15 digits or more, a space between groups allowed, an X
 * at its end): 17 digits alone give the 18th, the check digit. One right after a Latin letter is the tail of a code
 * (a policy number PDEA2019…, a credit code), not a person's number.
 */
const LONG_RUN = /(?<![0-9A-Za-z])[0-9](?:[ \u3000]?[0-9]){13,}[ \u3000]?[0-9Xx](?![0-9])/g;

function masked(run: string): string {
  const digits = run.replace(/[ \u3000]/g, '').toUpperCase();
  return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

/**
 * A text with every run that may be an ID number masked as screens show it (maskIdNumber: 110105********1234,
 * as many stars as digits hidden), its digits read whatever their width: what an error may quote of a cell. A text
 * without such a run is given back as it is.
 */
export function maskIdNumbersIn(text: string): string {
  const half = text.replace(FULL_WIDTH, halfWidth);
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(half)) return text;
  return half.replace(LONG_RUN, masked);
}
