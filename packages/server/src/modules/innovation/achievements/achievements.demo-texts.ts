/**
 * The achievements the demo's studios publish, written per industry as a studio of that industry would word them
 * (the search benchmark keeps its generated corpus, achievements.corpus.ts). A `device` can be patented or be a
 * technical innovation; a `method` also a management innovation (or a 工法 on a building site); a `system` is
 * software. The texts are data, kept in achievements.demo-texts.json: per industry, [kind, title, abstract].
 */
import texts from './achievements.demo-texts.json' with { type: 'json' };

export type DemoTextKind = 'device' | 'method' | 'system';
export type DemoText = [kind: DemoTextKind, title: string, abstract: string];

const KINDS: readonly string[] = ['device', 'method', 'system'] satisfies DemoTextKind[];

/** One row of the file, its kind checked: a misspelt kind fails on loading, not as an achievement of no type. */
function toDemoText(industry: string, [kind, title, abstract, ...rest]: string[]): DemoText {
  if (!KINDS.includes(kind) || !title || !abstract || rest.length > 0) {
    throw new Error(
      `achievements.demo-texts.json, ${industry}: [kind, title, abstract] expected, got ${kind} ${title}`,
    );
  }
  return [kind as DemoTextKind, title, abstract];
}

export const DEMO_TEXTS: Record<string, DemoText[]> = Object.fromEntries(
  Object.entries(texts).map(([industry, rows]) => [industry, rows.map((row) => toDemoText(industry, row))]),
);
