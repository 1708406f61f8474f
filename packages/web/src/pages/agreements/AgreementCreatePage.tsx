import { Button, Card, Flex, Form, Radio, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field, useRequired } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextBox, TextLine } from '../../components/TextBox.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  type AgreementKind,
  type AgreementLevel,
  agreementsApi,
  type Clause,
  KINDS,
  LEVELS,
} from './agreements-api.ts';
import { ClauseChecklist } from './ClauseChecklist.tsx';
import { MeasureInputs } from './MeasureInputs.tsx';

interface Values {
  orgId: number | null;
  kind: AgreementKind;
  level: AgreementLevel;
  title: string;
  employer: string;
  signedOn: string;
  effectiveOn: string | null;
  years: number;
  expiresOn: string;
  clauses: Clause[];
  note?: string;
  costFen: number | null;
  reach: number | null;
}

/** The last day of a term of `years` from `from`. */
const termEnd = (from: string, years: number) =>
  dayjs(from).add(years, 'year').subtract(1, 'day').format('YYYY-MM-DD');

/** Staff: enter a signed agreement; its covered enterprises are imported on the agreement's page. */
export default function AgreementCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('agr.create.title'));
  const { me } = useSession();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const { busy: saving, run: whileSaving } = useSaving();
  const invalid = useInvalidFields();
  const [v, setV] = useState<Values>(() => {
    const start = today();
    return {
      orgId: me?.orgId ?? null,
      kind: 'women',
      level: 'area',
      title: '',
      employer: '',
      signedOn: start,
      effectiveOn: null,
      years: 3,
      expiresOn: termEnd(start, 3),
      clauses: [],
      costFen: null,
      reach: null,
    };
  });
  /** Sets fields; a new start or term moves the expiry date with it. */
  const set = (patch: Partial<Values>) =>
    setV((old) => {
      const next = { ...old, ...patch };
      if ('signedOn' in patch || 'effectiveOn' in patch || 'years' in patch) {
        next.expiresOn = termEnd(next.effectiveOn ?? next.signedOn, next.years);
      }
      return next;
    });
  const { check, problem } = useRequired({
    orgId: v.orgId === null,
    title: !v.title.trim(),
    employer: !v.employer.trim(),
  });

  const save = async () => {
    const filled = check();
    if (invalid.blocked() || !filled) return;
    await whileSaving(async () => {
      const a = await agreementsApi.create({
        orgId: v.orgId as number,
        kind: v.kind,
        level: v.level,
        title: v.title,
        employer: v.employer,
        signedOn: v.signedOn,
        ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        expiresOn: v.expiresOn,
        clauses: v.clauses,
        note: v.note?.trim() || null,
        costFen: v.costFen,
        reach: v.reach,
      });
      feedback.success(t('agr.create.saved'));
      navigate(`/agreements/${a.id}`);
    });
  };

  const required = (field: string) => t('common.required', { field });

  return (
    <Card title={t('agr.create.title')} style={{ maxWidth: 880 }}>
      <Form layout="vertical" onFinish={save}>
        <ValidityScope fields={invalid}>
          <Row gutter={16}>
            <Field
              col={{ xs: 24, md: 12 }}
              id="agreement-create-union"
              label={t('agr.field.union')}
              required
              {...problem('orgId', t('agr.create.unionRequired'))}
            >
              <OrgSelect value={v.orgId} onChange={(id) => set({ orgId: id })} testId="agreement-union" />
            </Field>
            <Field col={{ xs: 24, md: 12 }} id="agreement-create-kind" label={t('agr.field.kind')} required>
              <Select
                value={v.kind}
                onChange={(kind) => set({ kind })}
                options={optionsOf(KINDS, (k) => t(`agr.kind.${k}`))}
                data-testid="agreement-kind"
              />
            </Field>
          </Row>
          <Form.Item label={t('agr.field.level')} extra={t('agr.create.enterpriseHint')}>
            <Radio.Group
              value={v.level}
              onChange={(e) => set({ level: e.target.value })}
              options={optionsOf(LEVELS, (l) => t(`agr.level.${l}`))}
              optionType="button"
              data-testid="agreement-level"
            />
          </Form.Item>
          <Field
            id="agreement-create-title"
            label={t('agr.field.title')}
            required
            {...problem('title', required(t('agr.field.title')))}
          >
            <TextLine
              value={v.title}
              onChange={(text) => set({ title: text })}
              max={200}
              testId="agreement-title"
            />
          </Field>
          <Field
            id="agreement-create-employer"
            label={t('agr.field.employer')}
            required
            extra={t('agr.create.employerHint')}
            {...problem('employer', required(t('agr.field.employer')))}
          >
            <TextLine
              value={v.employer}
              onChange={(text) => set({ employer: text })}
              max={500}
              testId="agreement-employer"
            />
          </Field>
          <TermFields v={v} set={set} />
          <Form.Item label={t('agr.field.clauses')}>
            <ClauseChecklist kind={v.kind} value={v.clauses} onChange={(clauses) => set({ clauses })} />
          </Form.Item>
          <MeasureInputs costFen={v.costFen} reach={v.reach} onChange={(m) => set(m)} testId="agreement" />
          <Field id="agreement-create-note" label={t('agr.field.note')}>
            <TextBox rows={2} max={1000} value={v.note} onChange={(note) => set({ note })} />
          </Field>
        </ValidityScope>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="agreement-save">
            {t('agr.create.save')}
          </Button>
          <Button onClick={() => navigate('/agreements')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}

/** When the agreement was signed, took effect, for how long and until when. */
function TermFields({ v, set }: { v: Values; set: (patch: Partial<Values>) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Field col={{ xs: 12, md: 6 }} id="agreement-create-signed-on" label={t('agr.field.signedOn')} required>
        <DateField
          value={v.signedOn}
          onChange={(d) => d && set({ signedOn: d })}
          testId="agreement-signed"
          noFuture
        />
      </Field>
      <Field col={{ xs: 12, md: 6 }} id="agreement-create-effective-on" label={t('agr.field.effectiveOn')}>
        <DateField
          value={v.effectiveOn}
          onChange={(d) => set({ effectiveOn: d })}
          allowClear
          testId="agreement-effective"
        />
      </Field>
      <Field col={{ xs: 12, md: 6 }} id="agreement-create-term" label={t('agr.field.term')}>
        <Select
          value={v.years}
          onChange={(years) => set({ years })}
          options={[1, 2, 3, 5].map((y) => ({ value: y, label: t('agr.termYears', { count: y }) }))}
          data-testid="agreement-years"
        />
      </Field>
      <Field
        col={{ xs: 12, md: 6 }}
        id="agreement-create-expires-on"
        label={t('agr.field.expiresOn')}
        required
      >
        <DateField
          value={v.expiresOn}
          onChange={(d) => d && set({ expiresOn: d })}
          testId="agreement-expires"
        />
      </Field>
    </Row>
  );
}
