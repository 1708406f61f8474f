import { Alert, Card, Checkbox, Flex, Form, Input, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ActButton } from '../../components/ActButton.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { labelColumn } from '../../components/columns.tsx';
import { FormDate } from '../../components/DateField.tsx';
import { formatTime, today } from '../../components/dates.ts';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { NewButton } from '../../components/NewButton.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { FitTable, WholeTable } from '../../components/TableCard.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { scaleName } from './assessment-answers.ts';
import { bookingColumns } from './bookingColumns.tsx';
import { type CounsellorHome, counsellingApi, slotText } from './counselling-api.ts';

/** The counsellor's own page: crisis flags to follow up, bookings, and the slots they offer. */
export default function CounsellorPage() {
  const { t } = useTranslation();
  usePageTitle(t('csl.mine.title'));
  const home = useLoad(() => counsellingApi.home(), []);
  return (
    <LoadGate state={home} what={t('csl.what.mine')}>
      {(h) => <Home h={h} reload={home.reload} />}
    </LoadGate>
  );
}

function Home({ h, reload }: { h: CounsellorHome; reload: () => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const acts = useAct(reload);
  return (
    <Flex vertical gap={16}>
      <Card title={`${t('csl.mine.title')} · ${h.counsellor.name}`} size="small">
        {h.counsellor.orgName} · {h.counsellor.qualification}
        {h.counsellor.onDuty ? (
          <Alert style={{ marginTop: 8 }} type="info" showIcon message={t('csl.mine.onDuty')} />
        ) : (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            showIcon
            message={t('csl.mine.offDuty')}
            data-testid="csl-off-duty"
          />
        )}
      </Card>
      <Card title={t('csl.mine.flags')} size="small" data-testid="csl-flags">
        {h.flags.length > 0 && (
          <Alert type="warning" showIcon message={t('csl.mine.flagHint')} style={{ marginBottom: 8 }} />
        )}
        <CappedNotice list={{ items: h.flags, total: h.flagsTotal }} plain />
        <WholeTable
          dataSource={h.flags}
          locale={{ emptyText: t('csl.mine.noFlags') }}
          columns={[
            { title: t('csl.field.time'), dataIndex: 'takenAt', render: (v: string) => formatTime(v) },
            { title: t('csl.field.member'), dataIndex: 'personName' },
            { title: t('csl.booking.phone'), dataIndex: 'personPhone' },
            {
              title: t('csl.booking.score'),
              key: 'score',
              render: (_: unknown, f) => (
                <>
                  {scaleName(f.scale)} {f.score} · {t(`csl.band.${f.band}`)}{' '}
                  {f.selfHarm && <Tag color="red">{t('csl.mine.selfHarm')}</Tag>}
                </>
              ),
            },
            {
              title: '',
              key: 'act',
              render: (_: unknown, f) =>
                f.followedUpAt ? (
                  <Tag color="green">{t('csl.mine.followUp')}</Tag>
                ) : (
                  <ActButton
                    acts={acts}
                    on={`flag${f.id}`}
                    run={() => counsellingApi.followUp(f.id)}
                    done={t('csl.mine.followedUp')}
                  >
                    {t('csl.mine.followUp')}
                  </ActButton>
                ),
            },
          ]}
        />
      </Card>
      <ListCard
        title={t('csl.mine.bookings')}
        list={{ items: h.bookings, total: h.bookingsTotal }}
        empty={t('csl.mine.noBookings')}
        testId="csl-my-bookings"
        columns={[
          ...bookingColumns<CounsellorHome['bookings'][number]>(t, false),
          {
            title: '',
            key: 'open',
            // a cancelled booking is closed to the counsellor, its note and answers alike (ADR 54)
            render: (_: unknown, b) =>
              b.status === 'cancelled' ? null : (
                <Link to={`/counselling/mine/bookings/${b.id}`} data-testid={`csl-open-${b.id}`}>
                  {t('csl.mine.open')}
                </Link>
              ),
          },
        ]}
      />
      <ListCard
        title={t('csl.mine.slots')}
        extra={
          <NewButton onClick={() => setAdding(true)} testId="csl-add-slots">
            {t('csl.mine.addSlots')}
          </NewButton>
        }
        list={{ items: h.slots, total: h.slotsTotal }}
        empty={t('csl.mine.noSlots')}
        columns={[
          { title: t('csl.field.time'), key: 'time', render: (_: unknown, s) => slotText(s) },
          { title: t('csl.field.mode'), dataIndex: 'mode', render: (m: string) => t(`csl.mode.${m}`) },
          { title: t('csl.field.place'), dataIndex: 'place' },
          labelColumn(t('csl.field.status'), 'status', (s) => t(`csl.status.${s}`)),
          {
            title: '',
            key: 'act',
            render: (_: unknown, s) =>
              s.status === 'open' && (
                <ActButton
                  size="small"
                  acts={acts}
                  on={`slot${s.id}`}
                  run={() => counsellingApi.withdrawSlot(s.id)}
                  done={t('csl.mine.withdrawn')}
                >
                  {t('csl.mine.withdraw')}
                </ActButton>
              ),
          },
        ]}
      />
      <AddSlots open={adding} onClose={() => setAdding(false)} onDone={reload} />
    </Flex>
  );
}

/** One of the counsellor's lists (bookings, slots) in a small card: the 只显示前 N 条 notice, then ten rows a page. */
function ListCard<T extends { id: number }>({
  title,
  extra,
  list,
  empty,
  testId,
  columns,
}: {
  title: string;
  extra?: ReactNode;
  list: { items: T[]; total: number };
  empty: string;
  testId?: string;
  columns: ColumnsType<T>;
}) {
  return (
    <Card title={title} size="small" extra={extra}>
      <CappedNotice list={list} plain />
      <FitTable<T>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 10, showSizeChanger: false }}
        dataSource={list.items}
        locale={{ emptyText: empty }}
        data-testid={testId}
        columns={columns}
      />
    </Card>
  );
}

function AddSlots({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('csl.mine.addTitle')}
      onClose={onClose}
      submit={async (v) => {
        const start = v.how === 'dated' ? new Date(`${v.day}T${v.time}:00+08:00`) : null;
        const r = await counsellingApi.addSlots({
          mode: v.mode,
          place: v.place || undefined,
          ...(start
            ? {
                slots: [
                  {
                    startsAt: start.toISOString(),
                    endsAt: new Date(start.getTime() + v.minutes * 60_000).toISOString(),
                  },
                ],
              }
            : {
                weekly: {
                  weekdays: v.weekdays,
                  time: v.time,
                  minutes: v.minutes,
                  from: v.from,
                  until: v.until,
                },
              }),
        });
        onClose();
        onDone();
        return t('csl.mine.added', { n: r.added });
      }}
      initialValues={{
        how: 'weekly',
        mode: 'either',
        weekdays: [1, 3, 5],
        time: '14:00',
        minutes: 50,
        from: today(),
      }}
    >
      <Form.Item name="how">
        <Select
          options={[
            { value: 'weekly', label: t('csl.mine.weekly') },
            { value: 'dated', label: t('csl.mine.dated') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {() =>
          form.getFieldValue('how') === 'weekly' ? (
            <>
              <RequiredItem name="weekdays" label={t('csl.mine.weekdays')}>
                <Checkbox.Group
                  options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                    value: d,
                    label: t(`csl.mine.weekday.${d}`),
                  }))}
                />
              </RequiredItem>
              <Flex gap={8}>
                <RequiredItem name="from" label={t('csl.mine.from')}>
                  <FormDate />
                </RequiredItem>
                <RequiredItem name="until" label={t('csl.mine.until')}>
                  <FormDate />
                </RequiredItem>
              </Flex>
            </>
          ) : (
            <RequiredItem name="day" label={t('csl.mine.day')}>
              <FormDate />
            </RequiredItem>
          )
        }
      </Form.Item>
      <Flex gap={8}>
        <Form.Item
          name="time"
          label={t('csl.mine.time')}
          rules={[{ ...requiredRule(t, t('csl.mine.time')), pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}
        >
          <Input style={{ width: 100 }} placeholder="14:00" />
        </Form.Item>
        <Form.Item name="minutes" label={t('csl.mine.minutes')}>
          <NumberInput min={15} max={480} optional style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="mode" label={t('csl.field.mode')}>
          <Select
            style={{ width: 140 }}
            options={optionsOf(['either', 'online', 'in_person'] as const, (m) => t(`csl.mode.${m}`))}
          />
        </Form.Item>
      </Flex>
      <TextItem name="place" label={t('csl.field.place')} max={300} />
    </FieldsDialog>
  );
}
