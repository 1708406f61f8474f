import { describe, expect, it } from 'vitest';
import { MODULES } from '../../modules.gen.ts';
import { figureName } from './reconcile.recounters.ts';

const recounters = MODULES.flatMap((m) => (m.recounter ? [m.recounter] : []));

describe('the recounters reconcile asks (ADR 73)', () => {
  it('finds each in the manifest of the module that keeps the counts, no list by hand (issue 46)', () => {
    expect(MODULES.filter((m) => m.recounter).map((m) => m.name)).toEqual(
      expect.arrayContaining(['cases', 'innovation', 'programs', 'hardship', 'wellness']),
    );
    expect(recounters.length).toBeGreaterThanOrEqual(20); // a new module's recounter joins without a line here
    const subjects = recounters.flatMap((r) => Object.keys(r.subjects));
    expect(new Set(subjects).size).toBe(subjects.length); // no figure named by two modules
  });

  it('names a figure as its module does, else by its subject', () => {
    const [subject, name] = Object.entries(recounters[0]?.subjects ?? {})[0] ?? [];
    expect(subject && figureName(recounters, subject)).toEqual(name);
    expect(figureName(recounters, 'nobody.counts')).toEqual({ zh: 'nobody.counts', en: 'nobody.counts' });
  });
});
