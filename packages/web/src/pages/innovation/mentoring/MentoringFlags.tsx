import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MasterYear } from './mentoring-api.ts';

/** A master's year in tags: fewer than 2 apprentices, pairs behind schedule, or on track; qualifies. */
export function MentoringFlags({ m }: { m: MasterYear }) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap data-testid="mentoring-flags">
      {m.fewApprentices && (
        <Tag color="orange" data-testid="flag-few">
          {t('ip.mentoring.fewApprentices')}
        </Tag>
      )}
      {m.behindPairs > 0 && (
        <Tag color="red" data-testid="flag-behind">
          {t('ip.mentoring.behind', { count: m.behindPairs })}
        </Tag>
      )}
      {!m.fewApprentices && m.behindPairs === 0 && <Tag color="green">{t('ip.mentoring.onTrack')}</Tag>}
      {m.qualifies && (
        <Tag color="blue" data-testid="flag-qualifies">
          {t('ip.mentoring.qualifies')}
        </Tag>
      )}
    </Flex>
  );
}
