import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useTypedSearch } from '../../components/useTypedSearch.ts';
import { type ContestDetail, contestsApi } from './contests-api.ts';

interface Option {
  value: number;
  label: string;
}

/** Searches the members of the entering union's subtree by name, for the persons of an entry. */
function MemberSearch({
  orgId,
  value,
  onChange,
  max,
  id,
}: {
  orgId: number | null;
  /** Both left out inside a named antd `Form.Item`, which provides them. */
  value?: Option[];
  onChange?: (v: Option[]) => void;
  max: number;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  const { t } = useTranslation();
  const { found, search } = useTypedSearch((q) =>
    orgId && q
      ? contestsApi
          .findMembers(orgId, q)
          .then((list) => list.items.map((p) => ({ value: p.id, label: `${p.name}${aside(p.idMasked)}` })))
      : null,
  );
  return (
    <Select
      id={id}
      mode="multiple"
      labelInValue
      disabled={!orgId}
      placeholder={t('contest.entry.membersHint')}
      value={value}
      onChange={(v) => onChange?.((v as Option[]).slice(0, max))}
      showSearch={{ filterOption: false, onSearch: search }}
      options={found}
      data-testid="entry-members"
    />
  );
}

/** What the entry form holds: the persons as the search shows them (id and name). */
interface EntryValues {
  eventId: number;
  orgId: number;
  name?: string;
  personIds?: Option[];
}

/** Registers an entry: the event, the entering union, its persons (or a team or unit name). */
export function EntryFormModal({
  contest,
  open,
  onClose,
  onDone,
}: DialogProps<{ contest: ContestDetail; open: boolean }>) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [form] = Form.useForm<EntryValues>();
  const eventId = Form.useWatch('eventId', form);
  const orgId = Form.useWatch('orgId', form) ?? null;
  const [enteredOn, setEnteredOn] = useState<string | null>(null);
  useEffect(() => {
    if (open) setEnteredOn(null);
  }, [open]);
  const event = contest.events.find((e) => e.id === eventId);
  const max = event?.mode === 'individual' ? 1 : event?.mode === 'team' ? (event.teamSize ?? 50) : 0;

  const submit = async (v: EntryValues) => {
    if (!v.eventId || !v.orgId) return undefined;
    await contestsApi.register(contest.id, {
      eventId: v.eventId,
      orgId: v.orgId,
      name: event?.mode === 'individual' ? null : (v.name ?? ''),
      personIds: (v.personIds ?? []).map((m) => m.value),
      ...(enteredOn && { effectiveOn: enteredOn }),
    });
    onDone();
    return t('contest.entry.registered');
  };

  return (
    <FieldsDialog
      form={form}
      open={open}
      title={t('contest.entry.title')}
      onClose={onClose}
      submit={submit}
      okText={t('contest.detail.register')}
      okTestId="entry-submit"
      okProps={{ disabled: !eventId || !orgId }}
      initialValues={{ eventId: contest.events[0]?.id, orgId: me?.orgId ?? undefined, personIds: [] }}
      onValuesChange={(changed) => {
        // another event or union: the persons picked are no longer the entry's
        if ('eventId' in changed || 'orgId' in changed) form.setFieldValue('personIds', []);
      }}
    >
      <Form.Item name="eventId" label={t('contest.entry.event')} required>
        <Select
          options={contest.events.map((e) => ({
            value: e.id,
            label: `${e.name}${aside(t(`contest.mode.${e.mode}`))}`,
          }))}
          data-testid="entry-event"
        />
      </Form.Item>
      <Form.Item name="orgId" label={t('contest.entry.union')} required>
        <OrgSelect style={{ width: '100%' }} testId="entry-union" />
      </Form.Item>
      {event && event.mode !== 'individual' && (
        <Form.Item name="name" label={t('contest.entry.name')} required>
          <Input maxLength={100} data-testid="entry-name" />
        </Form.Item>
      )}
      {event && event.mode !== 'unit' && (
        <Form.Item name="personIds" label={t('contest.entry.members')} required>
          <MemberSearch orgId={orgId} max={max} />
        </Form.Item>
      )}
      <PastDay value={enteredOn} onChange={setEnteredOn} testId="entry-day" />
    </FieldsDialog>
  );
}
