import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type CampaignDetail, careApi, RECIPIENT_KINDS, type RecipientKind } from './care-api.ts';

interface Line {
  stockId: number | null;
  quantity: number | null;
}

const clampDay = (day: string, from: string, to: string) => (day < from ? from : day > to ? to : day);

/** Staff: log a visit of the campaign — who was visited, who went, goods out of stock, a one-time grant. */
export function VisitFormModal({
  detail,
  onClose,
  onSaved,
}: {
  detail: CampaignDetail;
  onClose: () => void;
  onSaved: (visitId: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const feedback = useFeedback();
  const invalid = useInvalidFields();
  const c = detail.campaign;
  const [orgId, setOrgId] = useState<number | null>(me?.orgId ?? c.orgId);
  const [kind, setKind] = useState<RecipientKind>('person');
  const [personId, setPersonId] = useState<number | null>(null);
  const [unitName, setUnitName] = useState('');
  const [people, setPeople] = useState<number | null>(null);
  const [visitedOn, setVisitedOn] = useState(clampDay(today(), c.startsOn, c.endsOn));
  const [visitors, setVisitors] = useState('');
  const [goods, setGoods] = useState<Line[]>([]);
  const [grantFen, setGrantFen] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const person = kind === 'person';
  const missing = {
    orgId: orgId === null,
    personId: person && personId === null,
    unitName: !person && !unitName.trim(),
    people: !person && !people,
    visitors: !visitors.trim(),
  };
  const problem = (field: keyof typeof missing, text: string) =>
    tried && missing[field] ? { validateStatus: 'error' as const, help: text } : {};

  const save = async () => {
    setTried(true);
    if (invalid.blocked()) return;
    if (Object.values(missing).some(Boolean)) return;
    setSaving(true);
    try {
      const v = await careApi.logVisit({
        campaignId: c.id,
        orgId: orgId as number,
        recipientKind: kind,
        ...(person ? { personId } : { unitName, people: people as number }),
        visitedOn,
        visitors,
        goods: goods.filter((g) => g.stockId && g.quantity) as { stockId: number; quantity: number }[],
        ...(person && grantFen ? { grantFen } : {}),
      });
      feedback.success(t('care.visit.saved'));
      await onSaved(v.id);
    } catch (err) {
      feedback.error(err);
    } finally {
      setSaving(false);
    }
  };
  const setLine = (i: number, patch: Partial<Line>) =>
    setGoods((old) => old.map((g, j) => (j === i ? { ...g, ...patch } : g)));

  return (
    <Modal
      open
      title={t('care.visit.title')}
      width={760}
      onCancel={onClose}
      onOk={save}
      okText={t('care.visit.save')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'care-visit-save' } as never}
    >
      <ValidityScope fields={invalid}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('care.field.visitingUnion')}
                required
                {...problem('orgId', t('care.form.unionRequired'))}
              >
                <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} testId="care-visit-union" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('care.field.visitedOn')} required>
                <DateField
                  value={visitedOn}
                  onChange={(d) => d && setVisitedOn(d)}
                  testId="care-visit-date"
                  noFuture
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('care.field.recipientKind')}>
            <Radio.Group
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              optionType="button"
              options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(`care.recipientKind.${k}`) }))}
              data-testid="care-visit-kind"
            />
          </Form.Item>
          {person ? (
            <Form.Item
              label={t('care.field.person')}
              required
              {...problem('personId', t('care.visit.personRequired'))}
            >
              <PersonSelect
                value={personId}
                onChange={(v) => setPersonId(v as number | null)}
                known={[]}
                testId="care-visit-person"
              />
            </Form.Item>
          ) : (
            <Row gutter={16}>
              <Col xs={24} md={16}>
                <Form.Item
                  label={t('care.field.unitName')}
                  required
                  {...problem('unitName', t('care.visit.unitRequired'))}
                >
                  <Input
                    value={unitName}
                    maxLength={200}
                    onChange={(e) => setUnitName(e.target.value)}
                    data-testid="care-visit-unit"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('care.field.people')}
                  required
                  {...problem('people', t('care.visit.peopleRequired'))}
                >
                  <InputNumber
                    min={1}
                    precision={0}
                    value={people}
                    onChange={setPeople}
                    style={{ width: '100%' }}
                    data-testid="care-visit-people"
                  />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Form.Item
            label={t('care.field.visitors')}
            required
            {...problem('visitors', t('care.visit.visitorsRequired'))}
          >
            <Input
              value={visitors}
              maxLength={200}
              onChange={(e) => setVisitors(e.target.value)}
              data-testid="care-visit-visitors"
            />
          </Form.Item>
          <Form.Item label={t('care.field.goods')}>
            <Flex vertical gap={8}>
              {goods.map((g, i) => {
                const s = detail.stock.find((x) => x.id === g.stockId);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id until saved
                  <Flex gap={8} align="center" key={i}>
                    <Select
                      style={{ width: 220 }}
                      value={g.stockId ?? undefined}
                      placeholder={t('care.field.item')}
                      onChange={(stockId) => setLine(i, { stockId })}
                      options={detail.stock.map((x) => ({ value: x.id, label: `${x.item}（${x.unit}）` }))}
                      data-testid={`care-visit-goods-${i}`}
                    />
                    <InputNumber
                      min={1}
                      precision={0}
                      value={g.quantity}
                      onChange={(quantity) => setLine(i, { quantity })}
                      data-testid={`care-visit-quantity-${i}`}
                    />
                    {s && (
                      <Typography.Text type="secondary">
                        {t('care.visit.left', { left: s.left, unit: s.unit })}
                      </Typography.Text>
                    )}
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('common.cancel')}
                      onClick={() => setGoods((old) => old.filter((_, j) => j !== i))}
                    />
                  </Flex>
                );
              })}
              <Button
                icon={<PlusOutlined />}
                disabled={detail.stock.length === 0}
                onClick={() => setGoods((old) => [...old, { stockId: null, quantity: 1 }])}
                style={{ alignSelf: 'flex-start' }}
                data-testid="care-visit-add-goods"
              >
                {t('care.visit.addGoods')}
              </Button>
            </Flex>
          </Form.Item>
          {person &&
            (detail.grantsOffered ? (
              <Form.Item label={t('care.field.grant')} extra={t('care.visit.grantHint')}>
                <YuanInput
                  value={grantFen}
                  onChange={setGrantFen}
                  emptyMeans={t('care.visit.grantNone')}
                  testId="care-visit-grant"
                />
              </Form.Item>
            ) : (
              <Alert type="info" showIcon message={t('care.visit.noGrantProgram')} />
            ))}
        </Form>
      </ValidityScope>
    </Modal>
  );
}
