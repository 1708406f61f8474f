import type { Recounter } from '../reporting/index.ts';

/**
 * A figure's name in Chinese and English (its subject when no recounter names it). `recounters`: every module's
 * manifest's `recounter` (the kernel's `recounters`, issue 46: no list by hand).
 */
export function figureName(recounters: readonly Recounter[], subject: string): { zh: string; en: string } {
  for (const r of recounters) {
    const name = r.subjects[subject];
    if (name) return name;
  }
  return { zh: subject, en: subject };
}
