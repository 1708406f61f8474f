import { RedoOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { applicationsApi } from '../programs/applications-api.ts';

/**
 * A returned application resubmitted on the applicant's behalf (a corrected paper form handed in at the union),
 * on the day it came back (补录) or today; it goes back to the step that returned it.
 */
export function ResubmitCard({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [note, setNote] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  const resubmit = async () => {
    await whileBusy(async () => {
      await applicationsApi.resubmit(id, note, day);
      feedback.success(t('review.resubmit.done'));
      onDone();
    });
  };
  return (
    <Card title={t('review.resubmit.title')} data-testid="resubmit-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('review.resubmit.hint')}</Typography.Text>
        <TextBox
          rows={2}
          max={1000}
          value={note}
          onChange={setNote}
          placeholder={t('review.resubmit.note')}
          testId="resubmit-note"
        />
        <PastDay value={day} onChange={setDay} testId="resubmit-day" />
        <Button
          type="primary"
          icon={<RedoOutlined />}
          loading={busy}
          onClick={resubmit}
          style={{ alignSelf: 'flex-start' }}
          data-testid="resubmit"
        >
          {t('review.resubmit.action')}
        </Button>
      </Flex>
    </Card>
  );
}
