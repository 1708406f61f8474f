import { segmentForSearch } from '../../../shared/segment.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import type { PatentKind } from './achievements.schemas.ts';

/**
 * What a visitor also searches an achievement by besides its text (ADR 15): its studio, its union, the label of its
 * type and of its patent, and its industry. They go into the `search` vector at the lowest weight (D), segmented like
 * the text, so 创新 finds …创新工作室, 专利 finds 发明专利 and a studio's or union's name finds its achievements.
 */
export const TYPE_LABEL: Record<AchievementType, string> = {
  technical_innovation: '技术革新',
  invention_patent: '发明专利',
  utility_model: '实用新型',
  construction_method: '工法',
  management_innovation: '管理创新',
  software: '软件',
  other: '其他',
};

export const PATENT_LABEL: Record<PatentKind, string> = {
  invention: '发明专利',
  utility_model: '实用新型专利',
  design: '外观设计专利',
};

export interface SearchLabels {
  studio: string | null;
  union: string;
  type: AchievementType;
  patentType: PatentKind | null;
  industry: string | null;
}

/** The words of an achievement's labels, space-joined (the D part of its `search` vector). */
export function labelWords(l: SearchLabels): string {
  const labels = [
    l.studio,
    l.union,
    TYPE_LABEL[l.type],
    l.patentType && PATENT_LABEL[l.patentType],
    l.industry,
  ];
  return segmentForSearch(labels.filter(Boolean).join(' '));
}
