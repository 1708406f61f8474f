import { describe, expect, it } from 'vitest';
import { SERVICES } from './worker-services.tsx';

describe('the worker’s 服务 page', () => {
  it('opens every service inside the worker frame, 附近驿站 at /m/near, where it opened the public /near and left the app (trial 44)', () => {
    expect(SERVICES.find((s) => s.key === 'stations')?.to).toBe('/m/near');
    expect(SERVICES.filter((s) => !s.to.startsWith('/m/')).map((s) => s.to)).toEqual([]);
  });
});
