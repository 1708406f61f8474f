import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field, useRequired } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type StepDraft as Step, stepsToSave } from './campaign-steps.ts';
import { careApi, STEP_KINDS } from './care-api.ts';

/** Staff: a new campaign — its union, period, budget and steps; opens the campaign's page when created. */
export function CampaignFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const invalid = useInvalidFields();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<number | null>(me?.orgId ?? null);
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState(dayjs(today()).add(2, 'month').format('YYYY-MM-DD'));
  const [budgetFen, setBudgetFen] = useState<number | null>(0);
  const [steps, setSteps] = useState<Step[]>([{ kind: 'visits', title: '' }]);
  const { check, problem } = useRequired({ orgId: orgId === null, title: !title.trim() });

  const save = async () => {
    const filled = check();
    if (invalid.blocked()) return undefined;
    if (!filled) return undefined;
    const c = await careApi.createCampaign({
      orgId: orgId as number,
      title,
      startsOn,
      endsOn,
      budgetFen: budgetFen ?? 0,
      steps: stepsToSave(steps, (k) => t(`care.stepKind.${k}`)),
    });
    navigate(`/care/${c.id}`);
    return t('care.form.saved');
  };
  const setStep = (i: number, patch: Partial<Step>) =>
    setSteps((old) => old.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  return (
    <FormDialog
      title={t('care.form.title')}
      width={720}
      onClose={onClose}
      submit={save}
      okText={t('care.form.save')}
      okTestId="care-form-save"
    >
      <ValidityScope fields={invalid}>
        <Form layout="vertical">
          <Field
            id="care-form-union"
            label={t('care.field.union')}
            required
            {...problem('orgId', t('care.form.unionRequired'))}
          >
            <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} testId="care-form-union" />
          </Field>
          <Field
            id="care-form-title"
            label={t('care.field.title')}
            required
            {...problem('title', t('common.required', { field: t('care.field.title') }))}
          >
            <TextLine value={title} max={100} onChange={setTitle} testId="care-form-title" />
          </Field>
          <Row gutter={16}>
            <Field col={8} id="care-form-starts-on" label={t('care.field.startsOn')} required>
              <DateField value={startsOn} onChange={(d) => d && setStartsOn(d)} testId="care-form-starts" />
            </Field>
            <Field col={8} id="care-form-ends-on" label={t('care.field.endsOn')} required>
              <DateField value={endsOn} onChange={(d) => d && setEndsOn(d)} testId="care-form-ends" />
            </Field>
            <Field col={8} id="care-form-budget" label={t('care.field.budget')}>
              <YuanInput value={budgetFen} onChange={setBudgetFen} testId="care-form-budget" />
            </Field>
          </Row>
          <Form.Item label={t('care.field.steps')} extra={t('care.form.stepsHint')}>
            <Flex vertical gap={8}>
              {steps.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id until saved
                <Flex gap={8} key={i}>
                  <Select
                    style={{ width: 140 }}
                    value={s.kind}
                    onChange={(kind) => setStep(i, { kind })}
                    options={optionsOf(STEP_KINDS, (k) => t(`care.stepKind.${k}`))}
                  />
                  <TextLine
                    value={s.title}
                    max={200}
                    onChange={(title) => setStep(i, { title })}
                    placeholder={t('care.field.stepTitle')}
                    testId={`care-form-step-${i}`}
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.cancel')}
                    onClick={() => setSteps((old) => old.filter((_, j) => j !== i))}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => setSteps((old) => [...old, { kind: 'goods', title: '' }])}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('care.form.addStep')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </ValidityScope>
    </FormDialog>
  );
}
