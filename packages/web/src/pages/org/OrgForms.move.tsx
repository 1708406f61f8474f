import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { OrgDetail } from '../../api/types.ts';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay, today } from '../../components/dates.ts';
import { Field } from '../../components/Field.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useSaving } from '../../components/useBusy.ts';

/** Moves a union and its subtree under another parent (POST /api/orgs/:id/move). */
export function OrgMoveModal({
  org,
  open,
  onClose,
  onMoved,
}: {
  org: OrgDetail;
  open: boolean;
  onClose(): void;
  onMoved(): void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [parentId, setParentId] = useState<number>();
  const [movedOn, setMovedOn] = useState<string | null>(null);
  const { busy, run: whileBusy } = useSaving();
  return (
    <Modal
      open={open}
      title={t('org.moveTitle', { name: org.name })}
      onCancel={onClose}
      okText={t('common.confirm')}
      okButtonProps={{ disabled: !parentId }}
      confirmLoading={busy}
      destroyOnHidden
      onOk={async () => {
        if (!parentId) return;
        await whileBusy(async () => {
          await unwrap(
            api.POST('/api/orgs/{id}/move', {
              params: { path: { id: org.id } },
              body: { parentId, ...(movedOn && { effectiveOn: movedOn }) },
            }),
          );
          feedback.success(t('org.moved'));
          onMoved();
        });
      }}
    >
      <Form layout="vertical">
        <Field id="org-move-new-parent" label={t('org.newParent')} required>
          <OrgSelect
            tree
            openOnly
            value={parentId}
            onChange={(id) => setParentId(id ?? undefined)}
            excludeId={org.id}
            style={{ width: '100%' }}
          />
        </Field>
        <PastDay value={movedOn} onChange={setMovedOn} testId="org-move-day" />
      </Form>
    </Modal>
  );
}

/** Closes (撤销) an empty union (POST /api/orgs/:id/close). */
export function OrgCloseModal({
  org,
  open,
  onClose,
  onClosed,
}: {
  org: OrgDetail;
  open: boolean;
  onClose(): void;
  onClosed(): void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [on, setOn] = useState<string>(today());
  const { busy, run: whileBusy } = useSaving();
  return (
    <Modal
      open={open}
      title={t('org.closeTitle', { name: org.name })}
      onCancel={onClose}
      okText={t('org.closeOrg')}
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      destroyOnHidden
      onOk={async () => {
        await whileBusy(async () => {
          await unwrap(
            api.POST('/api/orgs/{id}/close', { params: { path: { id: org.id } }, body: { closedOn: on } }),
          );
          feedback.success(t('org.closed'));
          onClosed();
        });
      }}
    >
      <p className="muted">{t('org.closeHint')}</p>
      <Form layout="vertical">
        <Field id="org-move-closed-on" label={t('org.closedOn')} required>
          <DayPicker
            value={toDay(on)}
            onChange={(d) => setOn(fromDay(d) ?? today())}
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Field>
      </Form>
    </Modal>
  );
}
