import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../../components/NumberInput.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type CatalogueField, type Cmp, langOf, type Scalar } from './rule-vocabulary.ts';

/** The comparisons `field` accepts, named as the server names them for this field. */
export function CmpSelect({
  field,
  value,
  onChange,
  testId,
}: {
  field: CatalogueField;
  value: Cmp;
  onChange: (c: Cmp) => void;
  testId?: string;
}) {
  const { i18n } = useTranslation();
  const lang = langOf(i18n.language);
  return (
    <Select
      size="small"
      style={{ width: 130 }}
      value={value}
      data-testid={testId}
      options={field.cmps.map((c) => ({ value: c.cmp, label: c.label[lang] }))}
      onChange={onChange}
    />
  );
}

/** The value of a comparison: a pick from the field's list, a number, an amount in yuan, or text. */
export function ValueInput({
  field,
  cmp,
  value,
  onChange,
  testId,
}: {
  field: CatalogueField;
  cmp: Cmp;
  value: Scalar | Scalar[];
  onChange: (v: Scalar | Scalar[]) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const many = cmp === 'in';
  if (field.values) {
    const options = field.values.map((v) => ({ value: v.value, label: v.label[lang] }));
    return (
      <Select
        size="small"
        mode={many ? 'multiple' : undefined}
        style={many ? { minWidth: 220 } : { width: 200 }}
        value={many ? (Array.isArray(value) ? value : [value]) : (value as Scalar)}
        options={options}
        onChange={onChange}
        data-testid={testId}
      />
    );
  }
  const number = field.type === 'int';
  if (many) {
    return (
      <Select
        size="small"
        mode="tags"
        style={{ minWidth: 220 }}
        value={(Array.isArray(value) ? value : [value]).map(String)}
        placeholder={t('prog.rule.tagsHint')}
        data-testid={testId}
        onChange={(vals: string[]) => onChange(number ? vals.map(Number).filter(Number.isInteger) : vals)}
      />
    );
  }
  if (number && field.money) {
    return (
      <YuanInput
        size="small"
        style={{ width: 140 }}
        value={Number(value)}
        testId={testId}
        onChange={(fen) => onChange(fen ?? 0)}
      />
    );
  }
  if (number) {
    return (
      <NumberInput
        size="small"
        style={{ width: 110 }}
        min={field.min ?? Number.MIN_SAFE_INTEGER}
        max={field.max ?? Number.MAX_SAFE_INTEGER}
        value={Number(value)}
        testId={testId}
        onChange={(v) => v !== null && onChange(v)}
      />
    );
  }
  return (
    <TextLine size="small" style={{ width: 200 }} value={String(value)} testId={testId} onChange={onChange} />
  );
}

/** A field the catalogue does not list (a rule saved under an older vocabulary): say so, not its code. */
export function UnknownField() {
  const { t } = useTranslation();
  return <Typography.Text type="danger">{t('prog.rule.unknownField')}</Typography.Text>;
}
