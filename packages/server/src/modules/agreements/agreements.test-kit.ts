import type { createTestApp } from '../../../test/api.ts';
import { type RegisterKitOptions, registerKit } from '../../../test/register-kit.ts';
import { usccCheckChar } from '../org/index.ts';
import { AGREEMENT_REGISTER } from './agreements.register.ts';

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

/**
 * The agreements register's kit for a test world whose `staff` imports: its sheets have the register's columns but
 * the optional ones the older sheets lack (企业方, the measures, 备注); `count` counts nothing unless given.
 */
export function agreementsKit(
  w: { t: Awaited<ReturnType<typeof createTestApp>>; staff: string },
  more: Partial<RegisterKitOptions> = {},
) {
  return registerKit({
    app: () => w.t,
    cookie: () => w.staff,
    importUrl: '/api/agreements/import',
    register: AGREEMENT_REGISTER,
    without: ['企业方', '投入金额（元）', '惠及人数', '备注'],
    count: async () => 0,
    ...more,
  });
}
