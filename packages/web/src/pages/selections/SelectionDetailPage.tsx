import { Button, Descriptions, Flex, Modal, Steps, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textColumn } from '../../components/columns.tsx';
import { afterToday } from '../../components/DateField.tsx';
import { DayConfirm, DayDialog } from '../../components/DayDialog.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { DetailPage } from '../../components/DetailPage.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { RecordPage } from '../../components/RecordPage.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { NominationsTab } from './NominationsTab.tsx';
import { ObjectionsTab } from './ObjectionsTab.tsx';
import { JudgesTab, RankingTab } from './PanelTabs.tsx';
import { type SelectionDetail, STATUS_COLOR, STATUSES, selectionsApi } from './selections-api.ts';

/** One selection: its stage, categories and quotas, nominations, panel, ranking and objections. */
export default function SelectionDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordPage
      load={selectionsApi.get}
      what={t('sel.detail.what')}
      title={(s) => s.edition}
      untitled={t('sel.list.title')}
    >
      {(s, { reload }) => <Detail s={s} reload={reload} />}
    </RecordPage>
  );
}

function Detail({ s, reload }: { s: SelectionDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const tie = s.criteria.find((c) => c.id === s.tieCriterionId)?.name;
  /** A day, with the day it was recorded when that was later (补录). */
  const dayOf = (day: string | null, recordedAt: string | null) =>
    day && recordedAt ? (dayWithEntry(t, day, recordedAt) ?? day) : day;
  const tabs = [
    {
      key: 'nominations',
      label: t('sel.tab.nominations'),
      children: <NominationsTab s={s} onChange={reload} />,
    },
    { key: 'categories', label: t('sel.tab.categories'), children: <CategoriesTab s={s} /> },
    // A selection brought in from a register had no panel, ranking or notice on the platform.
    ...(s.canManage && !s.imported
      ? [
          { key: 'judges', label: t('sel.tab.judges'), children: <JudgesTab s={s} onChange={reload} /> },
          { key: 'ranking', label: t('sel.tab.ranking'), children: <RankingTab s={s} /> },
          {
            key: 'objections',
            label: t('sel.tab.objections'),
            children: <ObjectionsTab s={s} onChange={reload} />,
          },
        ]
      : []),
  ];
  return (
    <DetailPage
      title={s.edition}
      status={
        <>
          <Tag color={STATUS_COLOR[s.status]} data-testid="sel-status">
            {t(`sel.status.${s.status}`)}
          </Tag>
          {s.imported && <Tag>{t('sel.detail.imported')}</Tag>}
        </>
      }
      back={{ to: '/selections', label: t('sel.detail.back') }}
      actions={s.canManage && <StageAction s={s} onChange={reload} />}
      lead={
        <Steps
          size="small"
          current={STATUSES.indexOf(s.status)}
          items={STATUSES.map((x) => ({ title: t(`sel.status.${x}`) }))}
          style={{ marginBottom: 16 }}
        />
      }
      factsColumns={3}
      facts={
        <>
          <Descriptions.Item label={t('sel.field.organiser')}>{s.organiserName}</Descriptions.Item>
          <Descriptions.Item label={t('sel.field.title')}>{s.title}</Descriptions.Item>
          <Descriptions.Item label={t('sel.field.year')}>{s.year}</Descriptions.Item>
          <Descriptions.Item label={t('sel.field.window')}>
            {s.nominateFrom ? `${s.nominateFrom} ~ ${s.nominateUntil}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('sel.field.noticePeriod')}>
            {s.imported
              ? t('sel.detail.importedNotice', { date: dayOf(s.finalisedOn, s.finalisedRecordedAt) })
              : s.noticeFrom
                ? `${dayOf(s.noticeFrom, s.noticeRecordedAt)} ~ ${s.noticeUntil}`
                : t('sel.detail.noticeDays', { n: s.noticeDays })}
          </Descriptions.Item>
          {s.finalisedOn && !s.imported && (
            <Descriptions.Item label={t('sel.field.finalisedOn')}>
              {dayOf(s.finalisedOn, s.finalisedRecordedAt)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('sel.field.allowSelf')}>
            {s.allowSelf ? t('common.yes') : t('common.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('sel.field.rubric')} span={2}>
            {s.criteria.map((c) => `${c.name} ${c.weight}`).join(' · ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('sel.field.tieCriterion')}>
            {tie ?? t('sel.detail.tieDefault')}
          </Descriptions.Item>
        </>
      }
      foot={<Tabs items={tabs} style={{ marginTop: 16 }} />}
    />
  );
}

function CategoriesTab({ s }: { s: SelectionDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <WholeTable
        dataSource={s.categories}
        columns={[
          { title: t('sel.field.category'), dataIndex: 'name' },
          { title: t('sel.field.title'), render: (_, c) => c.title ?? s.title },
          { title: t('sel.field.places'), dataIndex: 'places' },
          { title: t('sel.field.quota'), dataIndex: 'quotaPerUnion' },
          { title: t('sel.field.nominated'), dataIndex: 'nominated' },
          textColumn(t('sel.field.criteria'), 'criteria'),
        ]}
      />
      {s.quotaUse.length > 0 && (
        <WholeTable
          rowKey={(r) => `${r.categoryId}-${r.orgId}`}
          style={{ marginTop: 16 }}
          title={() => t('sel.detail.quotaUse')}
          dataSource={s.quotaUse}
          columns={[
            { title: t('sel.field.unit'), dataIndex: 'orgName' },
            {
              title: t('sel.field.category'),
              render: (_, r) => s.categories.find((c) => c.id === r.categoryId)?.name,
            },
            {
              title: t('sel.field.quotaUsed'),
              render: (_, r) =>
                `${r.used} / ${s.categories.find((c) => c.id === r.categoryId)?.quotaPerUnion}`,
            },
          ]}
        />
      )}
    </>
  );
}

/** The organiser's next step: close nominations, put the ranking on notice, make the results final. */
function StageAction({ s, onChange }: { s: SelectionDetail; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { busy, run: whileBusy } = useSaving();
  const [noticing, setNoticing] = useState(false);
  const [from, setFrom] = useState<string | null>(null);
  // A selection in judging always has its notice days (only one brought in from a register has none).
  const [days, setDays] = useState<number>(s.noticeDays ?? 7);
  const invalid = useInvalidFields();
  const run = async (call: () => Promise<unknown>, done: string) => {
    await whileBusy(async () => {
      await call();
      feedback.success(done);
      setNoticing(false);
      await onChange();
    });
  };
  if (s.status === 'nominating') {
    return (
      <DayConfirm
        title={t('sel.stage.closeConfirm')}
        dayTestId="sel-close-day"
        okTestId="sel-close-ok"
        onConfirm={(closedOn) =>
          run(() => selectionsApi.closeNominations(s.id, closedOn), t('sel.stage.closed'))
        }
      >
        <Button type="primary" loading={busy} data-testid="sel-close">
          {t('sel.stage.close')}
        </Button>
      </DayConfirm>
    );
  }
  if (s.status === 'judging') {
    return (
      <>
        <Button type="primary" loading={busy} onClick={() => setNoticing(true)} data-testid="sel-notice">
          {t('sel.stage.notice')}
        </Button>
        <Modal
          open={noticing}
          title={t('sel.stage.notice')}
          onCancel={() => setNoticing(false)}
          onOk={() =>
            invalid.blocked() ||
            run(
              () => selectionsApi.publishNotice(s.id, { from: from ?? undefined, days }),
              t('sel.stage.noticed'),
            )
          }
          okButtonProps={{ loading: busy, 'data-testid': 'sel-notice-ok' } as never}
          destroyOnHidden
        >
          <p>{t('sel.stage.noticeHint')}</p>
          <Flex gap={12} align="center" wrap>
            <span>{t('sel.stage.noticeFrom')}</span>
            <DayPicker
              value={from ? dayjs(from) : null}
              allowClear
              disabledDate={afterToday}
              onChange={(d) => setFrom(d ? d.format('YYYY-MM-DD') : null)}
              data-testid="sel-notice-from"
            />
            <ValidityScope fields={invalid}>
              <NumberInput
                min={1}
                max={60}
                value={days}
                onChange={(v) => v !== null && setDays(v)}
                suffix={t('sel.unit.days')}
                testId="sel-notice-days"
                style={{ width: 120 }}
              />
            </ValidityScope>
          </Flex>
        </Modal>
      </>
    );
  }
  if (s.status === 'notice') {
    return (
      <>
        <Button type="primary" loading={busy} onClick={() => setNoticing(true)} data-testid="sel-finalise">
          {t('sel.stage.finalise')}
        </Button>
        <DayDialog
          open={noticing}
          title={t('sel.stage.finalise')}
          text={t('sel.stage.finaliseConfirm')}
          busy={busy}
          okTestId="sel-finalise-ok"
          dayTestId="sel-finalise-day"
          onCancel={() => setNoticing(false)}
          onOk={(day) => run(() => selectionsApi.finalise(s.id, day ?? undefined), t('sel.stage.finalised'))}
        />
      </>
    );
  }
  return null;
}
