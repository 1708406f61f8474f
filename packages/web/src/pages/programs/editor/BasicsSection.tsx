import { Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field.tsx';
import { OrgSelect } from '../../../components/OrgSelect.tsx';
import { optionsOf } from '../../../components/options.ts';
import { TextLine } from '../../../components/TextBox.tsx';
import { CATEGORIES } from '../programs-api.ts';
import type { SectionProps } from './program-draft.ts';

/** Name, owner, description, category and who applies. */
export function BasicsSection({ draft, set, program }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('prog.section.basics')}>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Field col={14} id="program-name" label={t('prog.field.name')} required>
            <TextLine
              value={draft.name}
              max={200}
              onChange={(text) => set('name', text)}
              testId="program-name"
            />
          </Field>
          <Field col={10} id="program-owner" label={t('prog.field.owner')} required>
            <OrgSelect
              value={draft.ownerOrgId || null}
              onChange={(v) => set('ownerOrgId', v ?? 0)}
              style={{ width: '100%' }}
              valueLabel={program?.ownerOrgName}
              disabled={!!program}
            />
          </Field>
          <Field col={24} id="program-description" label={t('prog.field.description')}>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              value={draft.description ?? ''}
              onChange={(e) => set('description', e.target.value || null)}
            />
          </Field>
          <Field col={12} id="program-category" label={t('prog.field.category')}>
            <Select
              value={draft.category}
              onChange={(v) => set('category', v)}
              options={optionsOf(CATEGORIES, (c) => t(`prog.category.${c}`))}
            />
          </Field>
          <Col span={12}>
            <Form.Item label={t('prog.field.applicantType')}>
              <Radio.Group
                value={draft.applicantType}
                onChange={(e) => set('applicantType', e.target.value)}
                options={[
                  { value: 'person', label: t('prog.applicantType.person') },
                  { value: 'union', label: t('prog.applicantType.union') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
