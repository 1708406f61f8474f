import { Card, Checkbox, Col, Form, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField, DateTimeField } from '../../../components/DateField.tsx';
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
          <Col span={6}>
            <Form.Item htmlFor="program-period-label" label={t('prog.field.periodLabel')}>
              <TextLine
                id="program-period-label"
                value={draft.periodLabel}
                max={50}
                onChange={(text) => set('periodLabel', text)}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item htmlFor="program-period-start" label={t('prog.field.periodStart')}>
              <DateField
                id="program-period-start"
                value={draft.periodStart}
                onChange={(v) => v && set('periodStart', v)}
                testId="period-start"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item htmlFor="program-period-end" label={t('prog.field.periodEnd')}>
              <DateField
                id="program-period-end"
                value={draft.periodEnd}
                onChange={(v) => v && set('periodEnd', v)}
                testId="period-end"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              htmlFor="program-period-unit"
              label={t('prog.field.periodUnit')}
              tooltip={t('prog.periodUnitHint')}
            >
              <Select
                id="program-period-unit"
                value={draft.periodUnit}
                onChange={(v) => set('periodUnit', v)}
                options={[
                  { value: 'year', label: t('prog.periodUnit.year') },
                  { value: 'whole', label: t('prog.periodUnit.whole') },
                ]}
              />
            </Form.Item>
          </Col>
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
              <Col span={9}>
                <Form.Item htmlFor="program-claim-starts-at" label={t('prog.field.claimStartsAt')}>
                  <DateTimeField
                    id="program-claim-starts-at"
                    value={draft.claimStartsAt}
                    onChange={(v) => set('claimStartsAt', v)}
                    testId="claim-starts"
                  />
                </Form.Item>
              </Col>
              <Col span={9}>
                <Form.Item htmlFor="program-claim-ends-at" label={t('prog.field.claimEndsAt')}>
                  <DateTimeField
                    id="program-claim-ends-at"
                    value={draft.claimEndsAt}
                    onChange={(v) => set('claimEndsAt', v)}
                    testId="claim-ends"
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item htmlFor="program-lottery" label={t('prog.field.lottery')}>
                  <Switch
                    id="program-lottery"
                    checked={!!draft.lottery}
                    onChange={(v) => set('lottery', v)}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  htmlFor="program-pickup-place"
                  label={t('prog.field.pickupPlace')}
                  extra={t('prog.field.pickupHint')}
                >
                  <TextLine
                    id="program-pickup-place"
                    value={draft.pickupPlace ?? ''}
                    max={200}
                    onChange={(text) => set('pickupPlace', text.trim() ? text : null)}
                    testId="pickup-place"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item htmlFor="program-pickup-time" label={t('prog.field.pickupTime')}>
                  <TextLine
                    id="program-pickup-time"
                    value={draft.pickupTime ?? ''}
                    max={200}
                    onChange={(text) => set('pickupTime', text.trim() ? text : null)}
                    testId="pickup-time"
                  />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
      </Form>
    </Card>
  );
}
