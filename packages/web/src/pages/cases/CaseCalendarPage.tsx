import { Alert, Button, Card, Flex, Input, Modal, Select, Space, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { thisYear as currentYear } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { PagedTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { Categories } from './CaseCalendarPage.categories.tsx';
import { casesApi } from './cases-api.ts';
import { removedDaysText } from './holiday-sheet.ts';

/** The working-day calendar (holidays, make-up working days) and each category's deadlines; administrators edit. */
export default function CaseCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('case.calendar.title'));
  const { can } = useSession();
  const admin = can('cases.calendar');
  // the year kept in the address (one the list offers; this year unless another is chosen)
  const [params, set] = useListParams();
  const thisYear = currentYear();
  const years = Array.from({ length: thisYear + 2 - 2015 }, (_, i) => 2015 + i).reverse();
  const year = years.find((y) => String(y) === params.get('year')) ?? thisYear;
  const setYear = (y: number) => set('year', y === thisYear ? undefined : String(y));
  const days = useLoad(() => casesApi.calendar(year), [year]);
  const [day, setDay] = useState<Dayjs | null>(null);
  const [working, setWorking] = useState(false);
  const [name, setName] = useState('');
  const { act, busy } = useAct(days.reload);
  const save = (key: string, call: () => Promise<unknown>) => act(key, call, t('case.calendar.saved'));
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('case.calendar.title')}
        extra={
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 100 }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            aria-label={t('period.year')}
            data-testid="calendar-year"
          />
        }
      >
        <Typography.Paragraph type="secondary">{t('case.calendar.hint')}</Typography.Paragraph>
        {admin && (
          <Space wrap>
            <NoticePaste year={year} onDone={() => void days.reload()} />
            <SheetImport onDone={() => void days.reload()} />
          </Space>
        )}
        {admin && (
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <DayPicker value={day} onChange={setDay} />
            <Select
              value={working}
              onChange={setWorking}
              style={{ width: 160 }}
              options={[
                { value: false, label: t('case.calendar.holiday') },
                { value: true, label: t('case.calendar.workday') },
              ]}
            />
            <TextLine
              style={{ width: 160 }}
              max={50}
              value={name}
              onChange={setName}
              placeholder={t('case.calendar.name')}
            />
            <Button
              type="primary"
              disabled={!day || !name.trim()}
              loading={busy === 'add'}
              onClick={() =>
                day && save('add', () => casesApi.saveDay(day.format('YYYY-MM-DD'), working, name.trim()))
              }
            >
              {t('case.calendar.add')}
            </Button>
          </Flex>
        )}
        <PagedTable
          pageSize={40}
          rowKey="day"
          loading={days.loading}
          dataSource={days.data?.days ?? []}
          locale={{ emptyText: emptyText(days, t('case.calendar.empty'), t('case.calendar.what')) }}
          columns={[
            { title: t('case.calendar.day'), dataIndex: 'day', width: 130 },
            {
              title: t('case.calendar.kind'),
              dataIndex: 'working',
              width: 160,
              render: (w: boolean) => (
                <Tag color={w ? 'blue' : 'red'}>
                  {t(w ? 'case.calendar.workday' : 'case.calendar.holiday')}
                </Tag>
              ),
            },
            { title: t('case.calendar.name'), dataIndex: 'name' },
            ...(admin
              ? [
                  {
                    key: 'remove',
                    width: 80,
                    render: (_: unknown, r: { day: string }) => (
                      <Button
                        size="small"
                        danger
                        loading={busy === r.day}
                        onClick={() => save(r.day, () => casesApi.deleteDay(r.day))}
                      >
                        {t('case.calendar.remove')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AfterHours admin={admin} />
      <Categories admin={admin} />
    </Flex>
  );
}

/**
 * A year's holidays from a sheet (日期, 休/班, 名称) through the shared register import: the template, 预检 with every
 * wrong row, then 导入, which replaces the sheet's year. The calendar is read again when the dialog closes.
 */
function SheetImport({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 12 }}>
      <ListImport
        register="holidays"
        label={t('case.calendar.sheetOpen')}
        title={t('case.calendar.sheetTitle')}
        testId="holidays-sheet-open"
        onClosed={onDone}
      />
    </div>
  );
}

/** A year's holidays at once, pasted from the State Council's notice: 预检 shows the days, then 导入 replaces the year. */
function NoticePaste({ year, onDone }: { year: number; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Awaited<ReturnType<typeof casesApi.pasteNotice>> | null>(null);
  const run = async (dryRun: boolean) => {
    setBusy(true);
    try {
      const r = await casesApi.pasteNotice(year, text, dryRun);
      if (dryRun) setPreview(r);
      else {
        feedback.success(t('case.calendar.noticeDone', { count: r.days.length, year }));
        setOpen(false);
        setText('');
        setPreview(null);
        onDone();
      }
    } catch (e) {
      setPreview(null);
      feedback.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button style={{ marginBottom: 12 }} onClick={() => setOpen(true)} data-testid="notice-open">
        {t('case.calendar.noticeOpen', { year })}
      </Button>
      <Modal
        open={open}
        width={720}
        title={t('case.calendar.noticeTitle', { year })}
        onCancel={() => setOpen(false)}
        footer={[
          <Button
            key="check"
            loading={busy}
            disabled={!text.trim()}
            onClick={() => void run(true)}
            data-testid="notice-check"
          >
            {t('case.calendar.noticeCheck')}
          </Button>,
          <Button
            key="apply"
            type="primary"
            loading={busy}
            disabled={!preview}
            onClick={() => void run(false)}
            data-testid="notice-apply"
          >
            {t('case.calendar.noticeApply')}
          </Button>,
        ]}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('case.calendar.noticeHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPreview(null);
          }}
          data-testid="notice-text"
        />
        {preview && (
          <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid="notice-preview">
            <Alert
              type="info"
              showIcon
              message={t('case.calendar.noticePreview', {
                count: preview.days.length,
                added: preview.added,
                changed: preview.changed,
                removed: preview.removed,
              })}
            />
            {preview.removedDays.length > 0 && (
              <Alert
                type="warning"
                showIcon
                data-testid="notice-removes"
                message={t('case.calendar.noticeRemoves', {
                  year,
                  count: preview.removedDays.length,
                  days: removedDaysText(preview.removedDays, t),
                })}
              />
            )}
            <PagedTable
              pageSize={10}
              rowKey="day"
              dataSource={preview.days}
              columns={[
                { title: t('case.calendar.day'), dataIndex: 'day', width: 130 },
                {
                  title: t('case.calendar.kind'),
                  dataIndex: 'working',
                  render: (w: boolean) => (
                    <Tag color={w ? 'blue' : 'red'}>
                      {t(w ? 'case.calendar.workday' : 'case.calendar.holiday')}
                    </Tag>
                  ),
                },
                { title: t('case.calendar.name'), dataIndex: 'name' },
              ]}
            />
          </Flex>
        )}
      </Modal>
    </>
  );
}

/** The after-hours cut-off: a request received later counts its deadlines from the next working day. */
function AfterHours({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const settings = useLoad(() => casesApi.settings(), []);
  const [time, setTime] = useState<Dayjs | null>(null);
  const { act, busy } = useAct(() => {
    setTime(null);
    return settings.reload();
  });
  const shown = time ?? (settings.data ? dayjs(settings.data.afterHours, 'HH:mm') : null);
  return (
    <Card title={t('case.calendar.afterHoursTitle')}>
      <Typography.Paragraph type="secondary">{t('case.calendar.afterHoursHint')}</Typography.Paragraph>
      {admin ? (
        <Flex gap={8} align="center">
          <TimePicker
            format="HH:mm"
            value={shown}
            onChange={setTime}
            needConfirm={false}
            allowClear={false}
            data-testid="after-hours"
          />
          <Button
            disabled={!time}
            loading={busy === 'save'}
            onClick={() =>
              time && act('save', () => casesApi.saveSettings(time.format('HH:mm')), t('case.calendar.saved'))
            }
          >
            {t('case.calendar.save')}
          </Button>
        </Flex>
      ) : (
        <Typography.Text>{settings.data?.afterHours ?? '…'}</Typography.Text>
      )}
    </Card>
  );
}
