import { Button, Flex, Form, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { timeColumn } from '../../components/columns.tsx';
import { dayOf } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { dayWithEntry, PastDay } from '../../components/PastDay.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { type Objection, type SelectionDetail, selectionsApi } from './selections-api.ts';

const COLOR: Record<Objection['status'], string> = { open: 'gold', upheld: 'red', dismissed: 'default' };

/** Objections to the public notice; each is decided with a recorded decision before results are final. */
export function ObjectionsTab({ s, onChange }: { s: SelectionDetail; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const list = useLoad(() => selectionsApi.objections(s.id), [s.id, s.status]);
  const [deciding, setDeciding] = useState<Objection | null>(null);
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const [form] = Form.useForm<{ outcome: 'upheld' | 'dismissed'; decision: string }>();
  const submit = async (v: { outcome: 'upheld' | 'dismissed'; decision: string }) => {
    if (!deciding) return undefined;
    await selectionsApi.decide(deciding.id, { ...v, effectiveOn: decidedOn ?? undefined });
    setDeciding(null);
    await Promise.all([list.reload(), onChange()]);
    return t('sel.objections.decided');
  };
  /** The day an objection was decided, with the day it was recorded when that was later (补录). */
  const decidedDay = (at: string, recordedAt: string | null) => {
    const day = dayOf(at);
    return (recordedAt && dayWithEntry(t, day, recordedAt)) ?? day;
  };
  if (list.error) return <LoadError error={list.error} retry={list.reload} what={t('sel.tab.objections')} />;
  return (
    <>
      {s.status === 'notice' && (
        <Typography.Paragraph type="secondary">
          {t('sel.objections.hint', { url: `${window.location.origin}/notice/selections/${s.id}` })}
        </Typography.Paragraph>
      )}
      <WholeTable<Objection>
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: emptyText(list, t('sel.objections.empty')) }}
        columns={[
          { title: t('sel.objections.against'), render: (_, o) => `${o.personName}${aside(o.categoryName)}` },
          { title: t('sel.objections.text'), dataIndex: 'text' },
          { title: t('sel.objections.contact'), render: (_, o) => `${o.contactName} ${o.contactPhone}` },
          timeColumn(t('sel.objections.at'), 'createdAt'),
          {
            title: t('sel.field.status'),
            render: (_, o) => (
              <Flex vertical gap={2}>
                <Tag color={COLOR[o.status]}>{t(`sel.objections.status.${o.status}`)}</Tag>
                {o.decision && <Typography.Text type="secondary">{o.decision}</Typography.Text>}
                {o.decidedAt && (
                  <Typography.Text type="secondary">
                    {decidedDay(o.decidedAt, o.decidedRecordedAt)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, o) =>
              o.status === 'open' && s.status === 'notice' ? (
                <Button
                  type="link"
                  onClick={() => {
                    setDecidedOn(null);
                    setDeciding(o);
                  }}
                  data-testid="sel-decide"
                >
                  {t('sel.objections.decide')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FieldsDialog
        form={form}
        open={deciding !== null}
        title={t('sel.objections.decide')}
        onClose={() => setDeciding(null)}
        submit={submit}
        okTestId="sel-decide-ok"
        initialValues={{ outcome: 'dismissed' }}
      >
        <Form.Item name="outcome" label={t('sel.objections.outcome')}>
          <Radio.Group
            options={[
              { value: 'dismissed', label: t('sel.objections.status.dismissed') },
              { value: 'upheld', label: t('sel.objections.upheldHint') },
            ]}
          />
        </Form.Item>
        <TextItem
          name="decision"
          label={t('sel.objections.decision')}
          max={1000}
          rows={3}
          required
          testId="sel-decision"
        />
        <PastDay value={decidedOn} onChange={setDecidedOn} testId="sel-decide-day" />
      </FieldsDialog>
    </>
  );
}
