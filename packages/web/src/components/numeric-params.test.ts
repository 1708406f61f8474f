import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../pages/tsx-sources.ts';
import { numericParams } from './guards.tsx';

describe('numericParams', () => {
  it('names the parameters that hold a record number', () => {
    expect(numericParams('/cases/:id')).toEqual(['id']);
    expect(numericParams('/returns/:id/unions/:orgId')).toEqual(['id', 'orgId']);
    expect(numericParams('programs/:id/apply')).toEqual(['id']);
    expect(numericParams('/s/:token')).toEqual([]);
    expect(numericParams('/members')).toEqual([]);
  });

  it('covers every parameter of every page route but the check-in token', () => {
    // a new route's parameter is a record's number (guarded: another word shows 页面不存在) or named here
    const words = new Set(['token']);
    const params = SOURCE_FILES.filter((f) => f.endsWith('/routes.tsx')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/['/]:(\w+)/g)].map((m) => m[1] as string),
    );
    expect(params.length).toBeGreaterThan(40);
    const loose = params.filter((p) => !words.has(p) && numericParams(`/:${p}`).length === 0);
    expect(loose).toEqual([]);
  });
});
