import { Alert, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aside } from '../../../components/aside.ts';
import { Field } from '../../../components/Field.tsx';
import { type DialogProps, FormDialog } from '../../../components/FormDialog.tsx';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { optionsOf } from '../../../components/options.ts';
import { PastDay } from '../../../components/PastDay.tsx';
import { type CampaignStudio, OUTCOMES, type Outcome, studiosApi } from './studios-api.ts';

/** A dialog on a studio of a re-evaluation campaign; `onDone` after it saved. */
type ReportModalProps = DialogProps<{ campaignId: number; studio: CampaignStudio }>;

/** Files (or corrects) a studio's yearly report: activities, people trained, achievements linked. */
export function FileReportModal({ campaignId, studio, onClose, onDone }: ReportModalProps) {
  const { t } = useTranslation();
  const [report, setReport] = useState({
    activities: studio.activities ?? '',
    peopleTrained: studio.peopleTrained ?? 0,
    achievementIds: studio.achievementIds ?? [],
  });
  const [filedOn, setFiledOn] = useState<string | null>(null);
  return (
    <FormDialog
      title={t('stu.reev.fileTitle', { name: studio.studioName })}
      onClose={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okProps={{ disabled: !report.activities.trim() }}
      submit={async () => {
        await studiosApi.fileReport(campaignId, studio.studioId, {
          ...report,
          filedOn: filedOn ?? undefined,
        });
        onDone();
        return t('stu.reev.filedDone');
      }}
    >
      <Form layout="vertical">
        <Field id="studio-report-activities" label={t('stu.reev.activities')} required>
          <Input.TextArea
            rows={4}
            maxLength={4000}
            value={report.activities}
            onChange={(ev) => setReport({ ...report, activities: ev.target.value })}
          />
        </Field>
        <Field id="studio-report-achievements" label={t('stu.reev.achievements')}>
          <Select
            mode="multiple"
            value={report.achievementIds}
            onChange={(achievementIds) => setReport({ ...report, achievementIds })}
            options={studio.achievements.map((a) => ({ value: a.id, label: `${a.title}${aside(a.year)}` }))}
            notFoundContent={t('stu.reev.noAchievements')}
          />
        </Field>
        <Field id="studio-report-people-trained" label={t('stu.reev.peopleTrained')} required>
          <NumberInput
            min={0}
            max={1_000_000}
            value={report.peopleTrained}
            onChange={(v) => v !== null && setReport({ ...report, peopleTrained: v })}
          />
        </Field>
        <PastDay value={filedOn} onChange={setFiledOn} testId="report-day" />
      </Form>
    </FormDialog>
  );
}

/** Decides a yearly report: pass, rectify or revoke (the last two with a reason). */
export function DecideModal({ campaignId, studio, onClose, onDone }: ReportModalProps) {
  const { t } = useTranslation();
  // No outcome until the reviewer chooses one: a pre-chosen 合格 would be saved by a careless OK.
  const [decision, setDecision] = useState<{ outcome: Outcome | undefined; reason: string }>({
    outcome: undefined,
    reason: '',
  });
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  return (
    <FormDialog
      title={t('stu.reev.decideTitle', { name: studio.studioName })}
      onClose={onClose}
      okText={t('stu.reev.decide')}
      cancelText={t('common.cancel')}
      okProps={{ danger: decision.outcome === 'revoke', disabled: !decision.outcome }}
      submit={async () => {
        if (!decision.outcome) return undefined;
        await studiosApi.decide(campaignId, studio.studioId, {
          outcome: decision.outcome,
          reason: decision.reason.trim() || null,
          decidedOn: decidedOn ?? undefined,
        });
        onDone();
        return t('stu.reev.decidedDone');
      }}
    >
      <Alert type="info" showIcon message={t('stu.reev.decideHint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Field id="studio-report-outcome" label={t('stu.reev.outcome')} required>
          <Select
            value={decision.outcome}
            placeholder={t('stu.reev.choose')}
            onChange={(outcome) => setDecision({ ...decision, outcome })}
            options={optionsOf(OUTCOMES, (o) => t(`stu.reev.outcomes.${o}`))}
          />
        </Field>
        <Field id="studio-report-reason" label={t('stu.reev.reason')} required={decision.outcome !== 'pass'}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            value={decision.reason}
            onChange={(ev) => setDecision({ ...decision, reason: ev.target.value })}
          />
        </Field>
        <PastDay value={decidedOn} onChange={setDecidedOn} testId="reevaluation-day" />
      </Form>
    </FormDialog>
  );
}
