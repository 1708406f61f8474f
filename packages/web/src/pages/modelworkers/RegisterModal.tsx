import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { checkedValues } from '../../components/formValues.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { HonourFields, HonoursHeading, newHonour } from './HonourFields.tsx';
import { HEALTH, type Health, type Honour, modelWorkersApi, type Status } from './modelworkers-api.ts';
import { StatusFields } from './StatusFields.tsx';
import { StudioSelect } from './StudioSelect.tsx';

/** A member to register, as the list of members marked as 劳模 names them: linked by id, their ID number unseen. */
export interface MemberToRegister {
  personId: number;
  name: string;
  idMasked: string | null;
  orgId: number;
  orgName: string;
}

/** The fields the dialog's form holds (the titles, status, day and studio are kept beside it). */
interface RegisterValues {
  orgId?: number;
  name?: string;
  idNumber?: string;
  employer?: string;
  phone?: string;
  contactName?: string;
  contactPhone?: string;
  health: Health;
}

/**
 * Staff: register a model worker with their titles, union, contact, health and the studio they lead. Given a
 * `member`, the dialog registers that member: their name and union filled in, linked by their id (the server reads
 * their ID number from their record, so it is shown masked and never typed).
 */
export function RegisterModal({
  orgId: initialOrg,
  member,
  onClose,
  onSaved,
}: {
  orgId?: number;
  member?: MemberToRegister;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const [health, setHealth] = useState<Health>('good');
  const [status, setStatus] = useState<{ status: Status; statusOn: string | null }>({
    status: 'active',
    statusOn: null,
  });
  const [studioId, setStudioId] = useState<number | null>(null);
  const [registeredOn, setRegisteredOn] = useState<string | null>(today());
  const [honours, setHonours] = useState<Honour[]>([newHonour()]);
  const [tried, setTried] = useState(false);
  const save = async () => {
    setTried(true);
    const v = await checkedValues(form);
    if (!v?.orgId || honours.some((h) => !h.title.trim())) return undefined;
    const idNumber = member ? '' : (v.idNumber ?? '').trim();
    const { id } = await modelWorkersApi.create({
      orgId: v.orgId,
      name: (v.name ?? '').trim(),
      ...(member ? { personId: member.personId } : {}),
      ...(idNumber ? { idNumber } : {}),
      employer: v.employer || null,
      phone: v.phone || null,
      contactName: v.contactName || null,
      contactPhone: v.contactPhone || null,
      health,
      ...status,
      studioId,
      ...(registeredOn ? { registeredOn } : {}),
      honours: honours.map((h) => ({
        ...h,
        title: h.title.trim(),
        awardedBy: h.awardedBy?.trim() || null,
      })),
    });
    onSaved(id);
    return t('mw.form.saved');
  };
  return (
    <FormDialog
      width={880}
      title={member ? t('mw.form.titleOf', { name: member.name }) : t('mw.form.title')}
      onClose={onClose}
      submit={save}
      form={form}
      okText={t('mw.form.save')}
      okTestId="mw-save"
    >
      <Form<RegisterValues>
        form={form}
        name="mw-register"
        layout="vertical"
        data-testid="mw-form"
        initialValues={{
          orgId: member?.orgId ?? initialOrg,
          name: member?.name ?? '',
          idNumber: member?.idMasked ?? '',
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <RequiredItem name="orgId" label={t('mw.field.union')} message={t('mw.form.unionRequired')}>
              <OrgSelect valueLabel={member?.orgName} style={{ width: '100%' }} testId="mw-form-union" />
            </RequiredItem>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('mw.field.name')}
              rules={[{ required: true, whitespace: true, message: t('mw.form.nameRequired') }]}
            >
              <Input maxLength={50} data-testid="mw-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={t('mw.field.idNumber')}
              extra={member ? t('mw.form.idLinked') : t('mw.form.idHint')}
            >
              <Input maxLength={30} disabled={!!member} data-testid="mw-form-id" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="employer" label={t('mw.field.employer')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label={t('mw.field.phone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="contactName" label={t('mw.field.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="contactPhone" label={t('mw.field.contactPhone')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Field id="mw-register-health" label={t('mw.field.health')} col={{ xs: 12, md: 6 }}>
            <Select
              value={health}
              onChange={setHealth}
              options={optionsOf(HEALTH, (h) => t(`mw.health.${h}`))}
            />
          </Field>
          <StatusFields status={status.status} statusOn={status.statusOn} onChange={setStatus} />
          <Field id="mw-register-day" label={t('mw.field.registeredOn')} col={{ xs: 12, md: 6 }}>
            <DateField value={registeredOn} onChange={setRegisteredOn} noFuture />
          </Field>
          <Field id="mw-register-studio" label={t('mw.field.studio')} col={{ xs: 24, md: 12 }}>
            <StudioSelect value={studioId} onChange={setStudioId} testId="mw-form-studio" />
          </Field>
        </Row>
        <HonoursHeading label={t('mw.field.titles')} />
        <Flex vertical gap={8}>
          {honours.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
            <Flex key={i} gap={8} align="start">
              <div style={{ flex: 1 }}>
                <HonourFields
                  value={h}
                  tried={tried}
                  prefix={`mw-form-honour-${i}`}
                  onChange={(v) => setHonours((all) => all.map((x, j) => (j === i ? v : x)))}
                />
              </div>
              {honours.length > 1 && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('mw.form.removeTitle')}
                  onClick={() => setHonours((all) => all.filter((_, j) => j !== i))}
                />
              )}
            </Flex>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => setHonours((all) => [...all, newHonour()])}>
            {t('mw.form.addTitle')}
          </Button>
        </Flex>
      </Form>
    </FormDialog>
  );
}
