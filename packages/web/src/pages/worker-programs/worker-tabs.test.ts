import { describe, expect, it } from 'vitest';
import { litTab } from './worker-tabs.ts';

describe('the bottom tab lit on a worker page', () => {
  it('its own tab, 服务 on a service, 我的 on the pages opened from it, none elsewhere', () => {
    expect(litTab('/m/programs')).toBe('programs');
    expect(litTab('/m/applications/12')).toBe('applications');
    expect(litTab('/m/me')).toBe('me');
    expect(litTab('/m/pledges')).toBe('services');
    expect(litTab('/m/cases/3')).toBe('services');
    expect(litTab('/m/password')).toBe('me');
    expect(litTab('/m/card')).toBe('me');
    expect(litTab('/m/join')).toBeUndefined();
  });
});
