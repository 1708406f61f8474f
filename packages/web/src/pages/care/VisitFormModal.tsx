import { Alert, Col, Form, InputNumber, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { optionsOf } from '../../components/options.ts';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { YuanInput } from '../../components/YuanInput.tsx';
import { type CampaignDetail, careApi, RECIPIENT_KINDS, type RecipientKind } from './care-api.ts';
import { type Line, VisitGoods } from './VisitFormModal.goods.tsx';

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
    await onSaved(v.id);
    return t('care.visit.saved');
  };
  return (
    <FormDialog
      title={t('care.visit.title')}
      width={760}
      onClose={onClose}
      submit={save}
      okText={t('care.visit.save')}
      okTestId="care-visit-save"
    >
      <ValidityScope fields={invalid}>
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                htmlFor="care-visit-visiting-union"
                label={t('care.field.visitingUnion')}
                required
                {...problem('orgId', t('care.form.unionRequired'))}
              >
                <OrgSelect
                  id="care-visit-visiting-union"
                  value={orgId}
                  onChange={(id) => setOrgId(id)}
                  testId="care-visit-union"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item htmlFor="care-visit-visited-on" label={t('care.field.visitedOn')} required>
                <DateField
                  id="care-visit-visited-on"
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
              options={optionsOf(RECIPIENT_KINDS, (k) => t(`care.recipientKind.${k}`))}
              data-testid="care-visit-kind"
            />
          </Form.Item>
          {person ? (
            <Form.Item
              htmlFor="care-visit-person"
              label={t('care.field.person')}
              required
              {...problem('personId', t('care.visit.personRequired'))}
            >
              <PersonSelect
                id="care-visit-person"
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
                  htmlFor="care-visit-unit-name"
                  label={t('care.field.unitName')}
                  required
                  {...problem('unitName', t('care.visit.unitRequired'))}
                >
                  <TextLine
                    id="care-visit-unit-name"
                    value={unitName}
                    max={200}
                    onChange={setUnitName}
                    testId="care-visit-unit"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  htmlFor="care-visit-people"
                  label={t('care.field.people')}
                  required
                  {...problem('people', t('care.visit.peopleRequired'))}
                >
                  <InputNumber
                    id="care-visit-people"
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
            htmlFor="care-visit-visitors"
            label={t('care.field.visitors')}
            required
            {...problem('visitors', t('care.visit.visitorsRequired'))}
          >
            <TextLine
              id="care-visit-visitors"
              value={visitors}
              max={200}
              onChange={setVisitors}
              testId="care-visit-visitors"
            />
          </Form.Item>
          <Form.Item label={t('care.field.goods')}>
            <VisitGoods stock={detail.stock} goods={goods} setGoods={setGoods} />
          </Form.Item>
          {person &&
            (detail.grantsOffered ? (
              <Form.Item
                htmlFor="care-visit-grant"
                label={t('care.field.grant')}
                extra={t('care.visit.grantHint')}
              >
                <YuanInput
                  id="care-visit-grant"
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
    </FormDialog>
  );
}
