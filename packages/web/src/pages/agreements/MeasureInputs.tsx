import { Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';

/** The most people a measure is recorded as reaching (as the server takes). */
const MAX_REACH = 10_000_000;

/**
 * What an agreement delivered, typed where the note is: its measures' cost in yuan (two decimals, sent as fen) and
 * the people they reached. Empty is "not recorded"; text that is no amount or count is refused at the field, inside
 * the form's `ValidityScope`.
 */
export function MeasureInputs({
  costFen,
  reach,
  onChange,
  testId,
}: {
  costFen: number | null;
  reach: number | null;
  onChange: (m: { costFen?: number | null; reach?: number | null }) => void;
  /** Also the start of the fields' ids, which their labels point at. */
  testId: string;
}) {
  const { t } = useTranslation();
  const notRecorded = t('agr.create.notRecorded');
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('agr.create.measuresHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Field col={{ xs: 24, md: 12 }} label={t('agr.field.costFen')} id={`${testId}-cost-input`}>
          <YuanInput
            value={costFen}
            onChange={(fen) => onChange({ costFen: fen })}
            emptyMeans={notRecorded}
            style={{ width: '100%' }}
            testId={`${testId}-cost`}
          />
        </Field>
        <Field col={{ xs: 24, md: 12 }} label={t('agr.field.reach')} id={`${testId}-reach-input`}>
          <NumberInput
            value={reach}
            onChange={(n) => onChange({ reach: n })}
            optional
            placeholder={notRecorded}
            min={0}
            max={MAX_REACH}
            suffix={t('agr.stats.unit.people')}
            style={{ width: '100%' }}
            testId={`${testId}-reach`}
          />
        </Field>
      </Row>
    </>
  );
}
