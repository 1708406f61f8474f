import { Alert, Form, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { DateField } from '../../components/DateField.tsx';
import { today } from '../../components/dates.ts';
import { Field, useRequired } from '../../components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
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
  const person = kind === 'person';
  const { check, problem } = useRequired({
    orgId: orgId === null,
    personId: person && personId === null,
    unitName: !person && !unitName.trim(),
    people: !person && !people,
    visitors: !visitors.trim(),
  });

  const save = async () => {
    const filled = check();
    if (invalid.blocked()) return;
    if (!filled) return;
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
            <Field
              col={{ xs: 24, md: 12 }}
              id="care-visit-visiting-union"
              label={t('care.field.visitingUnion')}
              required
              {...problem('orgId', t('care.form.unionRequired'))}
            >
              <OrgSelect value={orgId} onChange={(id) => setOrgId(id)} testId="care-visit-union" />
            </Field>
            <Field
              col={{ xs: 24, md: 12 }}
              id="care-visit-visited-on"
              label={t('care.field.visitedOn')}
              required
            >
              <DateField
                value={visitedOn}
                onChange={(d) => d && setVisitedOn(d)}
                testId="care-visit-date"
                noFuture
              />
            </Field>
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
            <Field
              id="care-visit-person"
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
            </Field>
          ) : (
            <Row gutter={16}>
              <Field
                col={{ xs: 24, md: 16 }}
                id="care-visit-unit-name"
                label={t('care.field.unitName')}
                required
                {...problem('unitName', t('care.visit.unitRequired'))}
              >
                <TextLine value={unitName} max={200} onChange={setUnitName} testId="care-visit-unit" />
              </Field>
              <Field
                col={{ xs: 24, md: 8 }}
                id="care-visit-people"
                label={t('care.field.people')}
                required
                {...problem('people', t('care.visit.peopleRequired'))}
              >
                <NumberInput
                  min={1}
                  max={1_000_000}
                  optional
                  value={people}
                  onChange={setPeople}
                  style={{ width: '100%' }}
                  testId="care-visit-people"
                />
              </Field>
            </Row>
          )}
          <Field
            id="care-visit-visitors"
            label={t('care.field.visitors')}
            required
            {...problem('visitors', t('care.visit.visitorsRequired'))}
          >
            <TextLine value={visitors} max={200} onChange={setVisitors} testId="care-visit-visitors" />
          </Field>
          <Form.Item label={t('care.field.goods')}>
            <VisitGoods stock={detail.stock} goods={goods} setGoods={setGoods} />
          </Form.Item>
          {person &&
            (detail.grantsOffered ? (
              <Field id="care-visit-grant" label={t('care.field.grant')} extra={t('care.visit.grantHint')}>
                <YuanInput
                  value={grantFen}
                  onChange={setGrantFen}
                  emptyMeans={t('care.visit.grantNone')}
                  testId="care-visit-grant"
                />
              </Field>
            ) : (
              <Alert type="info" showIcon message={t('care.visit.noGrantProgram')} />
            ))}
        </Form>
      </ValidityScope>
    </FormDialog>
  );
}
