import { describe, expect, it } from 'vitest';
import { hashPasswords, verifyPassword } from './password.ts';

describe('hashPasswords', () => {
  it('hashes as hashPassword does, in the order given, each with its own salt', async () => {
    const hashes = await hashPasswords(['Kq3mZx7pRt2w', 'same-pass-2026', 'same-pass-2026']);
    expect(hashes).toHaveLength(3);
    for (const h of hashes) expect(h).toMatch(/^scrypt\$16384\$8\$1\$[^$]+\$[^$]+$/);
    expect(await verifyPassword('Kq3mZx7pRt2w', hashes[0])).toBe(true);
    expect(await verifyPassword('same-pass-2026', hashes[0])).toBe(false);
    expect(await verifyPassword('same-pass-2026', hashes[1])).toBe(true);
    expect(await verifyPassword('same-pass-2026', hashes[2])).toBe(true);
    // the same password twice is not told apart by its hash
    expect(hashes[1]).not.toBe(hashes[2]);
  });

  it('runs the hashes side by side, never more than the bound at once', async () => {
    let running = 0;
    let most = 0;
    const waiting: (() => void)[] = [];
    const hash = async (pw: string) => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => waiting.push(resolve));
      running--;
      return `h:${pw}`;
    };
    const passwords = Array.from({ length: 7 }, (_, i) => `pw-${i}`);
    const all = hashPasswords(passwords, { concurrency: 3, hash });
    // release the hashes one turn at a time, as the pool would finish them
    while (waiting.length || running) {
      await new Promise((resolve) => setImmediate(resolve));
      waiting.shift()?.();
    }
    expect(await all).toEqual(passwords.map((pw) => `h:${pw}`));
    expect(most).toBe(3);
  });

  it('hashes nothing for no passwords', async () => {
    expect(await hashPasswords([])).toEqual([]);
  });
});
