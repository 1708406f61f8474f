import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFeedback } from '../../components/feedback.ts';
import { RecordPage } from '../../components/RecordPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useAct, useSaving } from '../../components/useBusy.ts';
import { assessmentColumns } from './CounsellorBookingPage.assessments.tsx';
import { type CounsellorBooking, counsellingApi, slotText } from './counselling-api.ts';

/** A booking of the counsellor's: the worker, their assessments and answers, and the session note. */
export default function CounsellorBookingPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={counsellingApi.booking} what={t('csl.what.booking')} title={t('csl.booking.title')}>
      {(b, { reload }) => <Booking b={b} reload={reload} />}
    </RecordPage>
  );
}

function Booking({ b, reload }: { b: CounsellorBooking; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const feedback = useFeedback();
  const [note, setNote] = useState(b.note);
  const { busy, run: whileBusy } = useSaving();
  const navigate = useNavigate();
  // a cancelled booking is closed to the counsellor: back to their list, which shows the slot open again
  const { act, busy: cancelling } = useAct(() => navigate('/counselling/mine'));
  useEffect(() => setNote(b.note), [b.note]);
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const save = async (done: boolean) => {
    await whileBusy(async () => {
      await counsellingApi.writeNote(b.id, note, done);
      feedback.success(t('csl.booking.saved'));
      reload();
    });
  };
  return (
    <Flex vertical gap={16}>
      <Card title={t('csl.booking.title')} size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'time', label: t('csl.field.time'), children: slotText(b) },
            { key: 'who', label: t('csl.field.member'), children: b.personName },
            { key: 'phone', label: t('csl.booking.phone'), children: b.personPhone ?? '—' },
            { key: 'org', label: t('csl.field.union'), children: b.orgName },
            { key: 'mode', label: t('csl.field.mode'), children: t(`csl.mode.${b.mode}`) },
            {
              key: 'status',
              label: t('csl.field.status'),
              children: <Tag data-testid="csl-booking-status">{t(`csl.status.${b.status}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <Card title={t('csl.booking.assessments')} size="small">
        <WholeTable
          dataSource={b.assessments}
          locale={{ emptyText: t('csl.booking.noAssessments') }}
          data-testid="csl-booking-assessments"
          columns={assessmentColumns(t, lang)}
        />
      </Card>
      <Card title={t('csl.booking.note')} size="small">
        <Alert type="info" showIcon message={t('csl.booking.notePrivate')} style={{ marginBottom: 8 }} />
        <TextBox
          rows={8}
          max={20000}
          value={note}
          onChange={setNote}
          disabled={b.status === 'cancelled'}
          lang={lang}
          testId="csl-note"
        />
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Button
            onClick={() => save(false)}
            loading={busy}
            disabled={b.status === 'cancelled' || cancelling !== null}
            data-testid="csl-note-save"
          >
            {t('csl.booking.save')}
          </Button>
          <Button
            type="primary"
            onClick={() => save(true)}
            loading={busy}
            disabled={b.status === 'cancelled' || cancelling !== null}
            data-testid="csl-note-done"
          >
            {t('csl.booking.saveDone')}
          </Button>
          {b.status === 'booked' && (
            <Popconfirm
              title={t('csl.booking.cancelConfirm')}
              onConfirm={() =>
                act('cancel', () => counsellingApi.cancelByCounsellor(b.id), t('csl.booking.cancelled'))
              }
            >
              <Button danger loading={cancelling !== null} disabled={busy} data-testid="csl-booking-cancel">
                {t('csl.booking.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
