import { Col, Row, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { thisYear } from '../../components/dates.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { type Honour, KINDS, LEVELS } from './modelworkers-api.ts';

/**
 * What a title row says under its 荣誉称号 box once saving was tried: 请填写荣誉称号 (Title is required) when the box is
 * empty, as a required form item does; null otherwise. The dialog refused the row with the box red and no words.
 */
export function honourTitleError(t: TFunction, value: Pick<Honour, 'title'>, tried: boolean): string | null {
  return tried && !value.title.trim() ? t('common.required', { field: t('mw.field.title') }) : null;
}

/** The heading over the title rows, marked required as a required item's label is. */
export function HonoursHeading({ label }: { label: string }) {
  return (
    <Typography.Title level={5}>
      <Typography.Text type="danger" aria-hidden>
        *{' '}
      </Typography.Text>
      {label}
    </Typography.Title>
  );
}

/** The fields of one title: level, kind, title (required), year, awarded by. */
export function HonourFields({
  value,
  onChange,
  tried,
  prefix,
}: {
  value: Honour;
  onChange: (h: Honour) => void;
  tried: boolean;
  prefix: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Honour>) => onChange({ ...value, ...patch });
  const titleError = honourTitleError(t, value, tried);
  return (
    <Row gutter={[8, 8]}>
      <Col xs={12} md={4}>
        <Select
          value={value.level}
          onChange={(level) => set({ level })}
          options={optionsOf(LEVELS, (l) => t(`mw.level.${l}`))}
          style={{ width: '100%' }}
          aria-label={t('mw.field.level')}
          data-testid={`${prefix}-level`}
        />
      </Col>
      <Col xs={12} md={4}>
        <Select
          value={value.kind}
          onChange={(kind) => set({ kind })}
          options={optionsOf(KINDS, (k) => t(`mw.kind.${k}`))}
          style={{ width: '100%' }}
          aria-label={t('mw.field.kind')}
          data-testid={`${prefix}-kind`}
        />
      </Col>
      <Col xs={24} md={7}>
        <TextLine
          value={value.title}
          onChange={(text) => set({ title: text })}
          placeholder={t('mw.field.title')}
          aria-label={t('mw.field.title')}
          aria-required
          status={titleError ? 'error' : undefined}
          max={100}
          testId={`${prefix}-title`}
        />
        {titleError && (
          <div className="ant-form-item-explain-error" role="alert" data-testid={`${prefix}-title-error`}>
            {titleError}
          </div>
        )}
      </Col>
      <Col xs={8} md={3}>
        <NumberInput
          value={value.year}
          onChange={(year) => year !== null && set({ year })}
          min={1950}
          max={2100}
          style={{ width: '100%' }}
          aria-label={t('mw.field.year')}
          testId={`${prefix}-year`}
        />
      </Col>
      <Col xs={16} md={6}>
        <TextLine
          value={value.awardedBy ?? ''}
          onChange={(text) => set({ awardedBy: text })}
          placeholder={t('mw.field.awardedBy')}
          max={200}
        />
      </Col>
    </Row>
  );
}

export const newHonour = (): Honour => ({
  level: 'city',
  kind: 'model',
  title: '',
  year: thisYear(),
  awardedBy: '',
});
