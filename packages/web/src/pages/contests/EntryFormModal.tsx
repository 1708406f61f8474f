import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { type DialogProps, FormDialog } from '../../components/FormDialog.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { TextLine } from '../../components/TextBox.tsx';
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
}: {
  orgId: number | null;
  value: Option[];
  onChange: (v: Option[]) => void;
  max: number;
}) {
  const { t } = useTranslation();
  const { found, search } = useTypedSearch((q) =>
    orgId && q
      ? contestsApi
          .findMembers(orgId, q)
          .then((list) => list.items.map((p) => ({ value: p.id, label: `${p.name}（${p.idMasked}）` })))
      : null,
  );
  return (
    <Select
      mode="multiple"
      labelInValue
      disabled={!orgId}
      placeholder={t('contest.entry.membersHint')}
      value={value}
      onChange={(v) => onChange((v as Option[]).slice(0, max))}
      showSearch={{ filterOption: false, onSearch: search }}
      options={found}
      data-testid="entry-members"
    />
  );
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
  const [eventId, setEventId] = useState<number | null>(null);
  const [orgId, setOrgId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [members, setMembers] = useState<Option[]>([]);
  const [enteredOn, setEnteredOn] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setEventId(contest.events[0]?.id ?? null);
    setOrgId(me?.orgId ?? null);
    setName('');
    setMembers([]);
    setEnteredOn(null);
  }, [open, contest, me]);
  const event = contest.events.find((e) => e.id === eventId);
  const max = event?.mode === 'individual' ? 1 : event?.mode === 'team' ? (event.teamSize ?? 50) : 0;

  const submit = async () => {
    if (!eventId || !orgId) return undefined;
    await contestsApi.register(contest.id, {
      eventId,
      orgId,
      name: event?.mode === 'individual' ? null : name,
      personIds: members.map((m) => m.value),
      ...(enteredOn && { effectiveOn: enteredOn }),
    });
    onDone();
    return t('contest.entry.registered');
  };

  return (
    <FormDialog
      open={open}
      title={t('contest.entry.title')}
      onClose={onClose}
      submit={submit}
      okText={t('contest.detail.register')}
      okTestId="entry-submit"
      okProps={{ disabled: !eventId || !orgId }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('contest.entry.event')} required>
          <Select
            value={eventId}
            onChange={(v) => {
              setEventId(v);
              setMembers([]);
            }}
            options={contest.events.map((e) => ({
              value: e.id,
              label: `${e.name}（${t(`contest.mode.${e.mode}`)}）`,
            }))}
            data-testid="entry-event"
          />
        </Form.Item>
        <Form.Item label={t('contest.entry.union')} required>
          <OrgSelect
            value={orgId}
            onChange={(id) => {
              setOrgId(id);
              setMembers([]);
            }}
            style={{ width: '100%' }}
            testId="entry-union"
          />
        </Form.Item>
        {event && event.mode !== 'individual' && (
          <Form.Item label={t('contest.entry.name')} required>
            <TextLine max={100} value={name} onChange={setName} testId="entry-name" />
          </Form.Item>
        )}
        {event && event.mode !== 'unit' && (
          <Form.Item label={t('contest.entry.members')} required>
            <MemberSearch orgId={orgId} value={members} onChange={setMembers} max={max} />
          </Form.Item>
        )}
        <PastDay value={enteredOn} onChange={setEnteredOn} testId="entry-day" />
      </Form>
    </FormDialog>
  );
}
