import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/money.ts';
import type { ReviewAction } from '../programs/applications-api.ts';

/** The decision of an open application: the tier where the program offers a choice, approve, return or reject. */
export function DecideCard({
  tiers,
  choiceKey,
  setChoiceKey,
  setAction,
}: {
  tiers: { key: string; label?: string | null; fen: number }[] | null | undefined;
  choiceKey: string | undefined;
  setChoiceKey: (key: string | undefined) => void;
  setAction: (action: ReviewAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('review.decideTitle')}>
      <Flex vertical gap={12}>
        {tiers && (
          <Select
            placeholder={t('review.pickTier')}
            value={choiceKey}
            onChange={setChoiceKey}
            data-testid="review-tier"
            options={tiers.map((x) => ({
              value: x.key,
              label: `${x.label ?? x.key} · ${formatFen(x.fen)}`,
            }))}
          />
        )}
        <Flex gap={8} wrap>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setAction('approve')}
            data-testid="approve"
          >
            {t('review.action.approve')}
          </Button>
          <Button icon={<RollbackOutlined />} onClick={() => setAction('return')} data-testid="return">
            {t('review.action.return')}
          </Button>
          <Button danger icon={<CloseOutlined />} onClick={() => setAction('reject')} data-testid="reject">
            {t('review.action.reject')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
