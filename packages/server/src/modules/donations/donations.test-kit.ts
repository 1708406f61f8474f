import type { createTestApp } from '../../../test/api.ts';
import { type RegisterKitOptions, registerKit } from '../../../test/register-kit.ts';
import { DONATION_REGISTER } from './donations.register.ts';

/**
 * The donations register's kit for a test world whose `staff` imports: its sheets written as a clerk would, each
 * with the register's columns unless `more` says otherwise; `count` counts nothing unless given.
 */
export function donationsKit(
  w: { t: Awaited<ReturnType<typeof createTestApp>>; staff: string },
  more: Partial<RegisterKitOptions> = {},
) {
  return registerKit({
    app: () => w.t,
    cookie: () => w.staff,
    importUrl: '/api/donations/import',
    register: DONATION_REGISTER,
    count: async () => 0,
    ...more,
  });
}
