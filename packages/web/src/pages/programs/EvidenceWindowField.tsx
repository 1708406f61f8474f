import { Col, Flex, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { thisYear } from '../../components/dates.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { evidenceWindowHint } from './evidence-window-hint.ts';
import type { EvidenceWindow } from './programs-api.ts';

const DEFAULT: EvidenceWindow = { kind: 'period' };

/**
 * Which records count for an application, by their date (评定期): those of the application's period (the
 * default), of the period and the years before it, of explicit dates, or of any date. A full-width row of
 * the program editor's basics.
 */
export function EvidenceWindowField({
  value,
  periodUnit,
  periodStart,
  onChange,
}: {
  value: EvidenceWindow | undefined;
  periodUnit: 'year' | 'whole';
  periodStart: string;
  onChange: (w: EvidenceWindow) => void;
}) {
  const { t } = useTranslation();
  const w = value ?? DEFAULT;
  const year = Number(periodStart.slice(0, 4)) || thisYear();
  const pick = (kind: EvidenceWindow['kind']) => {
    if (kind === w.kind) return;
    if (kind === 'years') onChange({ kind, before: 1 });
    else if (kind === 'dates') onChange({ kind, from: `${year}-01-01`, to: `${year}-12-31` });
    else onChange({ kind });
  };
  const hint = evidenceWindowHint(t, w, periodUnit, year);
  return (
    <Col span={24}>
      <Form.Item label={t('prog.window.label')} tooltip={t('prog.window.tooltip')} extra={hint}>
        <Flex wrap gap={12} align="center" data-testid="evidence-window">
          <Radio.Group
            value={w.kind}
            onChange={(e) => pick(e.target.value)}
            options={[
              { value: 'period', label: t('prog.window.kind.period') },
              { value: 'years', label: t('prog.window.kind.years') },
              { value: 'dates', label: t('prog.window.kind.dates') },
              { value: 'any', label: t('prog.window.kind.any') },
            ]}
          />
          {w.kind === 'years' && (
            <Flex gap={6} align="center">
              <Typography.Text>{t('prog.window.before')}</Typography.Text>
              <NumberInput
                min={1}
                max={10}
                value={w.before}
                onChange={(n) => typeof n === 'number' && onChange({ kind: 'years', before: n })}
                style={{ width: 72 }}
                aria-label={t('prog.window.before')}
              />
              <Typography.Text>{t('prog.window.years')}</Typography.Text>
            </Flex>
          )}
          {w.kind === 'dates' && (
            <Flex gap={6} align="center">
              <DateField
                value={w.from}
                onChange={(from) => from && onChange({ ...w, from })}
                style={{ width: 150 }}
                testId="evidence-window-from"
              />
              <Typography.Text>{t('prog.window.to')}</Typography.Text>
              <DateField
                value={w.to}
                onChange={(to) => to && onChange({ ...w, to })}
                style={{ width: 150 }}
                testId="evidence-window-to"
              />
            </Flex>
          )}
        </Flex>
      </Form.Item>
    </Col>
  );
}
