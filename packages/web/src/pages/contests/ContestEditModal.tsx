import { Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { lockedUntilFilled } from '../../components/locked.ts';
import { type ContestDetail, contestsApi, type EditContest } from './contests-api.ts';

type Values = Required<EditContest>;
const LEVELS: Values['level'][] = ['national', 'city', 'district', 'industry', 'enterprise'];

/** The organiser: correct a contest's name, level and dates until its results are published. */
export function ContestEditModal({ contest, onDone }: { contest: ContestDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [v, setV] = useState<Values | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Values>) => setV((x) => (x ? { ...x, ...patch } : x));
  const save = async () => {
    if (!v?.name.trim()) return;
    setBusy(true);
    try {
      await contestsApi.edit(contest.id, { ...v, name: v.name.trim() });
      feedback.success(t('edits.saved'));
      setV(null);
      onDone();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        onClick={() =>
          setV({
            name: contest.name,
            level: contest.level,
            startsOn: contest.startsOn,
            endsOn: contest.endsOn,
          })
        }
        data-testid="contest-edit"
      >
        {t('common.edit')}
      </Button>
      <Modal
        open={v !== null}
        title={t('contest.edit.title')}
        onCancel={() => setV(null)}
        onOk={save}
        okText={t('common.save')}
        okButtonProps={
          {
            loading: busy,
            ...lockedUntilFilled(t, !v?.name.trim()),
            'data-testid': 'contest-edit-ok',
          } as never
        }
        destroyOnHidden
      >
        {v && (
          <Form layout="vertical">
            <Form.Item label={t('contest.field.name')} required>
              <Input
                value={v.name}
                maxLength={100}
                onChange={(e) => set({ name: e.target.value })}
                data-testid="contest-edit-name"
              />
            </Form.Item>
            <Form.Item label={t('contest.field.level')} required>
              <Select
                value={v.level}
                onChange={(level) => set({ level })}
                options={LEVELS.map((l) => ({ value: l, label: t(`contest.level.${l}`) }))}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label={t('contest.field.startsOn')} required>
                  <DateField value={v.startsOn} onChange={(d) => d && set({ startsOn: d })} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('contest.field.endsOn')} required>
                  <DateField value={v.endsOn} onChange={(d) => d && set({ endsOn: d })} />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        )}
      </Modal>
    </>
  );
}
