import { Checkbox, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { FieldsDialog } from '../../components/FormDialog.tsx';
import { requiredRule } from '../../components/form-rules.ts';
import { NumberInput } from '../../components/NumberInput.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { DISTRICTS } from './beijing-districts.ts';
import { KINDS, type NewStation, SERVICES, type StationDetail, stationsApi } from './stations-api.ts';
import { unionDistrict } from './union-district.ts';

type Values = NewStation & { status?: 'open' | 'closed'; effectiveOn?: string };

/**
 * Registers a station, or edits one: its status, the day a change of kind, union or status took effect, and its opening
 * day corrected (sent only when changed; a past day for the roles that may record one). A new station starts with the
 * union the list shows (`orgId`; without one the clerk's own), as the other registers' new-record
 * forms do, and 所在区 with that union's district when it tells one (`unionDistrict`), until the clerk picks one.
 */
export function StationForm({
  open,
  station,
  orgId,
  onClose,
  onSaved,
}: {
  open: boolean;
  station?: StationDetail;
  orgId?: number;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { can, me } = useSession();
  const [form] = Form.useForm<Values>();
  useUnionDistrict(form, !!station);
  const backdate = can('history.backdate');
  const submit = async (v: Values) => {
    const body = {
      orgId: v.orgId,
      name: v.name,
      kind: v.kind,
      district: v.district,
      address: v.address,
      lng: v.lng,
      lat: v.lat,
      openingHours: v.openingHours ?? '',
      services: v.services ?? [],
      phone: v.phone ?? '',
      keeper: v.keeper ?? '',
      note: v.note ?? '',
    };
    if (station) {
      await stationsApi.edit(station.id, {
        ...body,
        status: v.status ?? station.status,
        ...(v.effectiveOn ? { effectiveOn: v.effectiveOn } : {}),
        ...(v.openedOn && v.openedOn !== station.openedOn ? { openedOn: v.openedOn } : {}),
      });
      onSaved(station.id);
      return t('st.detail.saved');
    }
    const { id } = await stationsApi.create({ ...body, ...(v.openedOn ? { openedOn: v.openedOn } : {}) });
    onSaved(id);
    return t('st.list.created');
  };
  return (
    <FieldsDialog
      form={form}
      open={open}
      width={760}
      title={station ? t('st.detail.edit') : t('st.list.new')}
      onClose={onClose}
      submit={submit}
      okTestId="st-form-ok"
      initialValues={
        station
          ? { ...station }
          : {
              kind: 'outdoor',
              orgId: orgId ?? me?.orgId ?? undefined,
              services: ['water', 'rest'],
              lng: 116.4,
              lat: 39.9,
            }
      }
    >
      <Row gutter={16}>
        <Col span={12}>
          <RequiredItem name="orgId" label={t('st.field.union')}>
            <OrgSelect
              value={form.getFieldValue('orgId')}
              valueLabel={station?.orgName}
              onChange={(id) => form.setFieldValue('orgId', id ?? undefined)}
              testId="st-form-org"
            />
          </RequiredItem>
        </Col>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('st.field.name')}
            rules={[{ ...requiredRule(t, t('st.field.name')), whitespace: true, max: 100 }]}
          >
            <Input data-testid="st-form-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <RequiredItem name="kind" label={t('st.field.kind')}>
            <Select options={optionsOf(KINDS, (k) => t(`st.kind.${k}`))} />
          </RequiredItem>
        </Col>
        <Col span={8}>
          <RequiredItem name="district" label={t('st.field.district')}>
            <Select
              options={DISTRICTS.map((d) => ({
                value: d.code,
                label: i18n.language === 'en' ? d.en : d.zh,
              }))}
            />
          </RequiredItem>
        </Col>
        <Col span={8}>
          <Form.Item name="openingHours" label={t('st.field.openingHours')} rules={[{ max: 200 }]}>
            <Input placeholder={t('st.hoursHint')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="address"
            label={t('st.field.address')}
            rules={[{ ...requiredRule(t, t('st.field.address')), whitespace: true, max: 300 }]}
          >
            <Input data-testid="st-form-address" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <RequiredItem name="lng" label={t('st.field.lng')} extra={t('st.field.coordHint')}>
            <NumberInput min={73} max={136} decimals={6} style={{ width: '100%' }} />
          </RequiredItem>
        </Col>
        <Col span={12}>
          <RequiredItem name="lat" label={t('st.field.lat')}>
            <NumberInput min={3} max={54} decimals={6} style={{ width: '100%' }} />
          </RequiredItem>
        </Col>
        <Col span={24}>
          <Form.Item name="services" label={t('st.field.services')}>
            <Checkbox.Group
              options={optionsOf(SERVICES, (s) => t(`st.service.${s}`))}
              data-testid="st-form-services"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="phone" label={t('st.field.phone')} rules={[{ max: 40 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="keeper" label={t('st.field.keeper')} rules={[{ max: 50 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          {station ? (
            <Form.Item name="status" label={t('st.field.status')}>
              <Select options={optionsOf(['open', 'closed'] as const, (s) => t(`st.status.${s}`))} />
            </Form.Item>
          ) : (
            backdate && (
              <Form.Item name="openedOn" label={t('st.field.openedOn')}>
                <DateField
                  value={form.getFieldValue('openedOn')}
                  onChange={(v) => form.setFieldValue('openedOn', v ?? undefined)}
                  noFuture
                  allowClear
                />
              </Form.Item>
            )
          )}
        </Col>
        {station && (
          <Col span={8}>
            <Form.Item name="openedOn" label={t('st.field.openedOn')} extra={t('st.field.openedOnHint')}>
              <DateField
                value={form.getFieldValue('openedOn')}
                onChange={(v) => form.setFieldValue('openedOn', v ?? station.openedOn)}
                noFuture
                disabled={!backdate}
                testId="st-form-opened"
              />
            </Form.Item>
          </Col>
        )}
        {station && backdate && (
          <Col span={8}>
            <Form.Item name="effectiveOn" label={t('st.field.effectiveOn')}>
              <DateField
                value={form.getFieldValue('effectiveOn')}
                onChange={(v) => form.setFieldValue('effectiveOn', v ?? undefined)}
                noFuture
                allowClear
              />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="note" label={t('st.field.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </FieldsDialog>
  );
}

/**
 * A new station's 所在区 follows its union: the union's district when it tells one (`unionDistrict`), until the
 * clerk picks a district.
 */
function useUnionDistrict(form: FormInstance<Values>, editing: boolean) {
  const union = Form.useWatch('orgId', form);
  useEffect(() => {
    if (editing || !union || form.isFieldTouched('district')) return;
    let alive = true;
    unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: union } } }))
      .then((o) => {
        const district = unionDistrict(o);
        if (alive && district && !form.isFieldTouched('district')) form.setFieldValue('district', district);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [editing, union, form]);
}
