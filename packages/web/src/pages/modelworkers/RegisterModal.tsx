import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { HonourFields, newHonour } from './HonourFields.tsx';
import { HEALTH, type Health, type Honour, modelWorkersApi, type Status } from './modelworkers-api.ts';
import { StatusFields } from './StatusFields.tsx';
import { StudioSelect } from './StudioSelect.tsx';

/** Staff: register a model worker with their titles, union, contact, health and the studio they lead. */
export function RegisterModal({
  orgId: initialOrg,
  onClose,
  onSaved,
}: {
  orgId?: number;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState<number | null>(initialOrg ?? null);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [employer, setEmployer] = useState('');
  const [phone, setPhone] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [health, setHealth] = useState<Health>('good');
  const [status, setStatus] = useState<{ status: Status; statusOn: string | null }>({
    status: 'active',
    statusOn: null,
  });
  const [studioId, setStudioId] = useState<number | null>(null);
  const [registeredOn, setRegisteredOn] = useState<string | null>(today());
  const [honours, setHonours] = useState<Honour[]>([newHonour()]);
  const [tried, setTried] = useState(false);
  const missing = !orgId || !name.trim() || honours.some((h) => !h.title.trim());
  const save = async () => {
    setTried(true);
    if (missing) return undefined;
    const { id } = await modelWorkersApi.create({
      orgId: orgId as number,
      name: name.trim(),
      ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
      employer: employer || null,
      phone: phone || null,
      contactName: contactName || null,
      contactPhone: contactPhone || null,
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
  const required = (bad: boolean, text: string) =>
    tried && bad ? { validateStatus: 'error' as const, help: text } : {};
  return (
    <FormDialog
      width={880}
      title={t('mw.form.title')}
      onClose={onClose}
      submit={save}
      okText={t('mw.form.save')}
      okTestId="mw-save"
    >
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('mw.field.union')} required {...required(!orgId, t('mw.form.unionRequired'))}>
              <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} testId="mw-form-union" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('mw.field.name')}
              required
              {...required(!name.trim(), t('mw.form.nameRequired'))}
            >
              <TextLine value={name} max={50} onChange={setName} testId="mw-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('mw.field.idNumber')} extra={t('mw.form.idHint')}>
              <TextLine value={idNumber} max={30} onChange={setIdNumber} testId="mw-form-id" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('mw.field.employer')}>
              <TextLine value={employer} max={200} onChange={setEmployer} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('mw.field.phone')}>
              <TextLine value={phone} max={30} onChange={setPhone} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('mw.field.contactName')}>
              <TextLine value={contactName} max={50} onChange={setContactName} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('mw.field.contactPhone')}>
              <TextLine value={contactPhone} max={30} onChange={setContactPhone} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('mw.field.health')}>
              <Select
                value={health}
                onChange={setHealth}
                options={optionsOf(HEALTH, (h) => t(`mw.health.${h}`))}
              />
            </Form.Item>
          </Col>
          <StatusFields status={status.status} statusOn={status.statusOn} onChange={setStatus} />
          <Col xs={12} md={6}>
            <Form.Item label={t('mw.field.registeredOn')}>
              <DateField value={registeredOn} onChange={setRegisteredOn} noFuture />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('mw.field.studio')}>
              <StudioSelect value={studioId} onChange={setStudioId} testId="mw-form-studio" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('mw.field.titles')}</Typography.Title>
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
