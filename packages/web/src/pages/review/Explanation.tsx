import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../programs/rule-vocabulary.ts';

/** A decision explained: one line per rule with ✓/✗ and the value seen, in the current language. */
export function Explanation({
  decision,
  compact = false,
}: {
  decision: Decision | null | undefined;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (!decision) return <Typography.Text type="secondary">{t('review.noDecision')}</Typography.Text>;
  const en = i18n.language === 'en';
  return (
    <Flex vertical gap={8} data-testid="explanation">
      <Alert
        type={decision.eligible ? 'success' : 'warning'}
        showIcon
        title={decision.eligible ? t('review.eligible') : t('review.notEligible')}
        data-testid="explanation-verdict"
      />
      <List
        size="small"
        dataSource={decision.outcomes}
        renderItem={(o) => (
          <List.Item style={{ paddingInline: compact ? 0 : undefined }}>
            <Flex gap={8} align="flex-start">
              {o.held ? (
                <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} aria-label="✓" />
              ) : (
                <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} aria-label="✗" />
              )}
              <Typography.Text data-testid={o.held ? 'outcome-held' : 'outcome-failed'}>
                {en ? o.text.en : o.text.zh}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
