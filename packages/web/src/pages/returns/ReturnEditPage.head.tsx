import { Button, Card, Flex, Popover, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { returnsApi } from './returns-api.ts';
import type { ReturnEditor } from './useReturnEditor.ts';

const LEVELS = [2, 3, 4, 5] as const;

/** The survey year as the union's setting says (1 October – 30 September unless set), changed for its subtree. */
function SurveyYearSetting({
  start,
  end,
  onSave,
}: {
  start: string;
  end: string;
  onSave: (start: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(start);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('ret.edit.surveyYearTitle')}
      content={
        <Space>
          <TextLine
            value={value}
            onChange={setValue}
            placeholder="10-01"
            style={{ width: 100 }}
            testId="ret-survey-start"
          />
          <Button
            type="primary"
            onClick={async () => {
              try {
                await onSave(value.trim());
                setOpen(false);
                feedback.success(t('ret.edit.saved'));
              } catch (err) {
                feedback.error(err);
              }
            }}
          >
            {t('ret.edit.setSurveyStart')}
          </Button>
        </Space>
      }
    >
      <Button type="link" size="small" data-testid="ret-survey-year">
        {t('ret.edit.surveyYear', { start, end })}
      </Button>
    </Popover>
  );
}

/** The return's head: the issuing union, title, level, period and deadline. */
export function ReturnHead({ ed }: { ed: ReturnEditor }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  // the working days the deadline is counted from: a count that is not one counts nothing
  const days = useInvalidFields();
  const {
    existing,
    me,
    orgId,
    setChosen,
    title,
    setTitle,
    level,
    setLevel,
    kind,
    setKind,
    periodYear,
    setPeriodYear,
    part,
    setPart,
    from,
    to,
    periodKnown,
    settings,
    period,
    range,
    setRange,
    deadline,
    setDeadline,
    workingDays,
    setWorkingDays,
  } = ed;
  return (
    <Card title={existing ? t('ret.edit.titleEdit') : t('ret.edit.titleNew')}>
      {!existing && me?.orgId == null && (
        <Flex vertical gap={4} style={{ marginBottom: 12, maxWidth: 420 }}>
          {t('ret.field.issuer')}
          <OrgSelect
            value={orgId ?? null}
            onChange={(id) => setChosen(id)}
            testId="ret-issuer"
            aria-label={t('ret.field.issuer')}
          />
        </Flex>
      )}
      <div className="form-grid-2">
        <Flex vertical gap={4}>
          {t('ret.field.title')}
          <TextLine
            value={title}
            onChange={setTitle}
            max={200}
            testId="ret-title"
            aria-label={t('ret.field.title')}
          />
        </Flex>
        <Flex vertical gap={4}>
          {t('ret.field.level')}
          <Select
            value={level}
            onChange={setLevel}
            style={{ width: '100%' }}
            options={LEVELS.map((l) => ({
              value: l,
              label: t(`ret.edit.level.${l}`),
            }))}
            data-testid="ret-level"
            aria-label={t('ret.field.level')}
          />
        </Flex>
      </div>
      <Space wrap style={{ marginTop: 12, display: 'flex' }} align="center">
        <span>{t('ret.field.period')}</span>
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 260 }}
          aria-label={t('ret.field.period')}
          options={optionsOf(['year', 'survey_year', 'quarter', 'month', 'range'] as const, (k) =>
            t(`ret.periodKind.${k}`),
          )}
        />
        {kind !== 'range' ? (
          <>
            <NumberInput
              value={periodYear}
              min={1990}
              max={2200}
              style={{ width: 100 }}
              onChange={(v) => v !== null && setPeriodYear(v)}
              aria-label={t('ret.edit.year')}
            />
            {kind === 'quarter' && (
              <Select
                value={part}
                onChange={setPart}
                aria-label={t('ret.edit.quarter')}
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))}
              />
            )}
            {kind === 'month' && (
              <Select
                value={part}
                onChange={setPart}
                aria-label={t('ret.edit.month')}
                options={Array.from({ length: 12 }, (_, m) => ({ value: m + 1, label: String(m + 1) }))}
              />
            )}
            <Typography.Text type="secondary" data-testid="ret-period">
              {periodKnown ? `${from} — ${to}` : '…'}
            </Typography.Text>
            {kind === 'survey_year' && settings.data && (
              <SurveyYearSetting
                start={settings.data.surveyYearStart}
                end={settings.data.surveyYearEnd}
                onSave={async (surveyYearStart) => {
                  orgId && settings.set(await returnsApi.saveSettings(surveyYearStart, orgId));
                  await period.reload();
                }}
              />
            )}
          </>
        ) : (
          <>
            <DayPicker
              value={dayjs(range[0])}
              aria-label={t('ret.edit.from')}
              onChange={(d) => d && setRange([fromDay(d) as string, range[1]])}
            />
            <span>—</span>
            <DayPicker
              value={dayjs(range[1])}
              aria-label={t('ret.edit.to')}
              onChange={(d) => d && setRange([range[0], fromDay(d) as string])}
            />
          </>
        )}
      </Space>
      <Space wrap style={{ marginTop: 12, display: 'flex' }} align="center">
        <span>{t('ret.field.deadline')}</span>
        <DayPicker
          value={deadline ? dayjs(deadline) : null}
          onChange={(d) => setDeadline(fromDay(d))}
          data-testid="ret-deadline"
          aria-label={t('ret.field.deadline')}
        />
        <ValidityScope fields={days}>
          <NumberInput
            value={workingDays}
            min={1}
            max={120}
            style={{ width: 100 }}
            onChange={(v) => v !== null && setWorkingDays(v)}
            aria-label={t('ret.edit.workingDaysCount')}
          />
        </ValidityScope>
        <Button
          onClick={async () => {
            if (days.blocked()) return;
            try {
              setDeadline((await returnsApi.deadline(workingDays)).deadline);
            } catch (err) {
              feedback.error(err);
            }
          }}
          data-testid="ret-working-days"
        >
          {t('ret.edit.workingDays')}
        </Button>
      </Space>
    </Card>
  );
}
