import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leadingZeroBits, sha256, solveChallenge } from './proof-of-work.ts';

const nodeSha256 = (text: string) => new Uint8Array(createHash('sha256').update(text).digest());

describe('the sign-in proof of work', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the fallback SHA-256 agrees with node:crypto around every padding boundary', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'x:'.repeat(n).slice(0, n);
      expect(sha256(new TextEncoder().encode(text)), `length ${n}`).toEqual(nodeSha256(text));
    }
    expect(sha256(new TextEncoder().encode('工会'))).toEqual(nodeSha256('工会'));
  });

  it('counts the leading zero bits of a digest', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array(4))).toBe(32);
  });

  it('finds the smallest solution, with crypto.subtle and without it', async () => {
    const challenge = 'bm9uY2U.12.1767603600000.c2lnbmF0dXJl';
    const bits = (solution: number) => leadingZeroBits(nodeSha256(`${challenge}:${solution}`));
    const solution = await solveChallenge({ challenge, difficulty: 12 });
    expect(bits(Number(solution))).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < Number(solution); i++) expect(bits(i)).toBeLessThan(12);

    vi.stubGlobal('crypto', undefined);
    expect(await solveChallenge({ challenge, difficulty: 12 })).toBe(solution);
  });
});
