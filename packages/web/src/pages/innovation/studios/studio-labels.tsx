import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudioLevel } from './studios-api.ts';

const LEVEL_COLORS: Record<StudioLevel, string> = {
  grassroots: 'default',
  district: 'blue',
  city: 'gold',
  city_demonstration: 'volcano',
  national: 'red',
};

/** A studio level as a coloured tag. */
export function LevelTag({ level, testId }: { level: StudioLevel; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid={testId}>
      {t(`stu.level.${level}`)}
    </Tag>
  );
}
