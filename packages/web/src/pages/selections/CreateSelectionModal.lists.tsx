import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredRule } from '../../components/form-rules.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { TextItem } from '../../components/TextItem.tsx';

/** A new selection's categories, a line each: name, title given, places, quota a union, criteria. */
export function CategoryFields() {
  const { t } = useTranslation();
  return (
    <Lines
      name="categories"
      wrap
      addLabel={t('sel.create.addCategory')}
      initial={{ places: 1, quotaPerUnion: 1 }}
    >
      {(f) => (
        <>
          <TextItem
            name={[f.name, 'name']}
            max={50}
            placeholder={t('sel.field.category')}
            required
            testId="sel-cat-name"
            style={{ width: 160 }}
          />
          <TextItem
            name={[f.name, 'title']}
            max={50}
            placeholder={t('sel.create.catTitle')}
            style={{ width: 150 }}
          />
          <Form.Item name={[f.name, 'places']} rules={[requiredRule(t, t('sel.field.places'))]}>
            <NumberInput
              min={1}
              max={10000}
              prefix={t('sel.field.places')}
              style={{ width: 140 }}
              testId="sel-cat-places"
            />
          </Form.Item>
          <Form.Item name={[f.name, 'quotaPerUnion']} rules={[requiredRule(t, t('sel.field.quota'))]}>
            <NumberInput
              min={1}
              max={10000}
              prefix={t('sel.field.quota')}
              style={{ width: 170 }}
              testId="sel-cat-quota"
            />
          </Form.Item>
          <TextItem
            name={[f.name, 'criteria']}
            max={1000}
            placeholder={t('sel.field.criteria')}
            style={{ flex: 1, minWidth: 160 }}
          />
        </>
      )}
    </Lines>
  );
}

/** A new selection's rubric: the criteria the judges score, each with its weight. */
export function CriterionFields() {
  const { t } = useTranslation();
  return (
    <Lines name="criteria" addLabel={t('sel.create.addCriterion')} initial={{ weight: 10 }}>
      {(f) => (
        <>
          <TextItem
            name={[f.name, 'name']}
            max={50}
            placeholder={t('sel.field.criterion')}
            required
            style={{ width: 200 }}
          />
          <Form.Item name={[f.name, 'weight']} rules={[requiredRule(t, t('sel.field.weight'))]}>
            <NumberInput min={1} max={100} prefix={t('sel.field.weight')} />
          </Form.Item>
        </>
      )}
    </Lines>
  );
}

/** A list of lines in the form: each line's fields, a remove button while more than one is left, then the add button. */
function Lines({
  name,
  wrap,
  addLabel,
  initial,
  children,
}: {
  name: string;
  wrap?: boolean;
  addLabel: string;
  initial: object;
  children: (f: FormListFieldData) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Flex key={f.key} gap={8} align="start" wrap={wrap}>
              {children(f)}
              {fields.length > 1 && (
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('sel.create.remove')}
                />
              )}
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(initial)}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
