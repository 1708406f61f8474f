import type { Bilingual } from '../../../shared/errors.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** The subsidy preset a recognition at each level opens (seed 002: ¥30,000 / ¥50,000). */
export const SUBSIDY_PRESET: Partial<Record<StudioLevel, string>> = {
  city: 'bjft-studio-city',
  city_demonstration: 'bjft-studio-demonstration',
};

/**
 * The projects and grants a studio receives (项目与资助), one kind per seed program about studios — the union
 * programs whose subject is a studio (presets in programs/presets: federation.ts, changping.ts):
 * - `project` — 职工创新项目助推 (`bjft-innovation-project`): a year's project, ¥100,000 / ¥50,000 / ¥30,000;
 * - `support` — 区级职工创新工作室建设助推 (`changping-studio-support`): the district's support of the studio's
 *   work at actual spending (its expert, lecture and exchange fees among it), up to ¥50,000, once per studio;
 * - `city`, `city_demonstration` — the recognition subsidies (`bjft-studio-city` ¥30,000,
 *   `bjft-studio-demonstration` ¥50,000), once per studio, normally opened by the recognition itself.
 * - `expert_fees`, `mentoring` — the studio's expert fees (专家费) and mentoring stipends (带徒津贴), paid as often as
 *   they fell due; no platform program pays them, so they are recorded as paid outside the platform (issue 42).
 * 名师带徒 as a program (`bjft-mentoring`) is paid to the master, a person, and proposed from the mentoring records: it
 * is not a grant to the studio. A kind says how often a studio receives it (`once`): once per studio, once per
 * studio and year, or as often as paid (ADR 74). A once-only kind names the subject key its application carries, so
 * the program grants each subject once, whether it was paid through the platform or outside it.
 */
export const GRANT_KINDS = [
  'project',
  'support',
  'city',
  'city_demonstration',
  'expert_fees',
  'mentoring',
] as const;
export type GrantKind = (typeof GRANT_KINDS)[number];

export interface GrantKindDef {
  presetKey: string;
  /** The kind as staff call it. */
  label: Bilingual;
  /** The seed program's name, for statistics rows with no platform program. */
  programName: string;
  /**
   * How often a studio receives it: 'studio' once per studio, 'year' once per studio and year, false as often as
   * it was paid (each payment its own grant; the database's unique index covers the once-only kinds only).
   */
  once: 'studio' | 'year' | false;
  /** The subject key of the studio's grant of this kind in `year` (one subject for a once-only kind). */
  subject: (studioId: number, year: number) => string;
  /** Recognition subsidies: the studio must have held this level. */
  level?: 'city' | 'city_demonstration';
}

export const STUDIO_GRANTS: Record<GrantKind, GrantKindDef> = {
  project: {
    presetKey: 'bjft-innovation-project',
    label: { zh: '创新项目', en: 'innovation project' },
    programName: '职工创新项目助推',
    once: 'year',
    subject: (id, year) => `studio:${id}:project:${year}`,
  },
  support: {
    presetKey: 'changping-studio-support',
    label: { zh: '工作室建设助推', en: "support of the studio's work" },
    programName: '区级职工创新工作室建设助推',
    once: 'studio',
    subject: (id) => `studio:${id}:support`,
  },
  city: {
    presetKey: SUBSIDY_PRESET.city as string,
    label: { zh: '市级认定助推', en: 'city-level recognition subsidy' },
    programName: '市级职工创新工作室认定助推',
    once: 'studio',
    subject: (id) => `studio:${id}`,
    level: 'city',
  },
  city_demonstration: {
    presetKey: SUBSIDY_PRESET.city_demonstration as string,
    label: { zh: '市级示范认定助推', en: 'city-demonstration recognition subsidy' },
    programName: '市级示范性职工创新工作室认定助推',
    once: 'studio',
    subject: (id) => `studio:${id}`,
    level: 'city_demonstration',
  },
  expert_fees: {
    presetKey: 'studio-expert-fees',
    label: { zh: '专家费', en: 'expert fees' },
    programName: '工作室专家费',
    once: false,
    subject: (id) => `studio:${id}:expert_fees`,
  },
  mentoring: {
    presetKey: 'studio-mentoring-stipends',
    label: { zh: '带徒津贴', en: 'mentoring stipends' },
    programName: '工作室带徒津贴',
    once: false,
    subject: (id) => `studio:${id}:mentoring`,
  },
};

/** The kinds granted once (per studio, or per studio and year): a second is refused. */
export const ONCE_KINDS = GRANT_KINDS.filter((k) => STUDIO_GRANTS[k].once !== false);

/** The kind of a grant by its program's preset key, if it is one of a studio's. */
export const kindOfPreset = (presetKey: string | null): GrantKind | null =>
  GRANT_KINDS.find((k) => STUDIO_GRANTS[k].presetKey === presetKey) ?? null;
