import { usccCheckChar } from '../org/index.ts';

/**
 * Fresh valid credit codes for a test file: `area` (the code's first 8 characters), two random characters (so
 * files sharing a server do not collide) and a serial; `serial` is how many it has given.
 */
export function usccSeries(unique: () => string, area = '91110117') {
  const series = {
    serial: 0,
    next(): string {
      series.serial += 1;
      const body = `${area}${unique()
        .slice(0, 2)
        .toUpperCase()
        .replace(/[IOSVZ]/g, 'A')}${String(series.serial).padStart(7, '0')}`;
      return body + usccCheckChar(body);
    },
  };
  return series;
}
