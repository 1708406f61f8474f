import { Card, Checkbox, Col, Form, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField, DateTimeField } from '../../../components/DateField.tsx';
import { Field } from '../../../components/Field.tsx';
import { optionsOf } from '../../../components/options.ts';
import { TextLine } from '../../../components/TextBox.tsx';
import { EvidenceWindowField } from '../EvidenceWindowField.tsx';
import { INTAKE_MODES, type ProgramInput } from '../programs-api.ts';
import type { SectionProps } from './program-draft.ts';

/**
 * The period the program covers, which records count for it (the evidence window), and how applications
 * come in (with a flash claim's window).
 */
export function PeriodSection({ draft, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('prog.section.period')}>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Field col={6} id="program-period-label" label={t('prog.field.periodLabel')}>
            <TextLine value={draft.periodLabel} max={50} onChange={(text) => set('periodLabel', text)} />
          </Field>
          <Field col={6} id="program-period-start" label={t('prog.field.periodStart')}>
            <DateField
              value={draft.periodStart}
              onChange={(v) => v && set('periodStart', v)}
              testId="period-start"
            />
          </Field>
          <Field col={6} id="program-period-end" label={t('prog.field.periodEnd')}>
            <DateField
              value={draft.periodEnd}
              onChange={(v) => v && set('periodEnd', v)}
              testId="period-end"
            />
          </Field>
          <Field
            col={6}
            id="program-period-unit"
            label={t('prog.field.periodUnit')}
            tooltip={t('prog.periodUnitHint')}
          >
            <Select
              value={draft.periodUnit}
              onChange={(v) => set('periodUnit', v)}
              options={[
                { value: 'year', label: t('prog.periodUnit.year') },
                { value: 'whole', label: t('prog.periodUnit.whole') },
              ]}
            />
          </Field>
          <EvidenceWindowField
            value={draft.evidenceWindow}
            periodUnit={draft.periodUnit}
            periodStart={draft.periodStart}
            onChange={(v) => set('evidenceWindow', v)}
          />
          <Col span={24}>
            <Form.Item label={t('prog.field.intakeModes')}>
              <Checkbox.Group
                value={draft.intakeModes}
                onChange={(v) => set('intakeModes', v as ProgramInput['intakeModes'])}
                options={optionsOf(INTAKE_MODES, (m) => t(`prog.intake.${m}`))}
              />
            </Form.Item>
          </Col>
          {draft.intakeModes.includes('claim') && (
            <>
              <Field col={9} id="program-claim-starts-at" label={t('prog.field.claimStartsAt')}>
                <DateTimeField
                  value={draft.claimStartsAt}
                  onChange={(v) => set('claimStartsAt', v)}
                  testId="claim-starts"
                />
              </Field>
              <Field col={9} id="program-claim-ends-at" label={t('prog.field.claimEndsAt')}>
                <DateTimeField
                  value={draft.claimEndsAt}
                  onChange={(v) => set('claimEndsAt', v)}
                  testId="claim-ends"
                />
              </Field>
              <Field col={6} id="program-lottery" label={t('prog.field.lottery')}>
                <Switch checked={!!draft.lottery} onChange={(v) => set('lottery', v)} />
              </Field>
              <Field
                col={12}
                id="program-pickup-place"
                label={t('prog.field.pickupPlace')}
                extra={t('prog.field.pickupHint')}
              >
                <TextLine
                  value={draft.pickupPlace ?? ''}
                  max={200}
                  onChange={(text) => set('pickupPlace', text.trim() ? text : null)}
                  testId="pickup-place"
                />
              </Field>
              <Field col={12} id="program-pickup-time" label={t('prog.field.pickupTime')}>
                <TextLine
                  value={draft.pickupTime ?? ''}
                  max={200}
                  onChange={(text) => set('pickupTime', text.trim() ? text : null)}
                  testId="pickup-time"
                />
              </Field>
            </>
          )}
        </Row>
      </Form>
    </Card>
  );
}
