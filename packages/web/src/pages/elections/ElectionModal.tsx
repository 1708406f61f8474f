import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedDay } from '../../api/client.ts';
import { type DialogProps, FieldsDialog } from '../../components/FormDialog.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { optionsOf } from '../../components/options.ts';
import { PastDay } from '../../components/PastDay.tsx';
import { RequiredItem } from '../../components/RequiredItem.tsx';
import { TextItem } from '../../components/TextItem.tsx';
import { electionsApi, type NewElection, POSTS, type Post } from './elections-api.ts';

interface Values {
  voters: number;
  present: number;
  ballots: number;
  termNo?: number;
  candidates: { name: string; post: Post; votes: number }[];
}

/** Record an election (换届) of a union: who could vote, who came, the ballots, each candidate's votes. */
export function ElectionModal({
  orgId,
  orgName,
  onClose,
  onDone,
}: DialogProps<{ orgId: number; orgName: string }>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [on, setOn] = useState<string | null>(null);
  const submit = async (v: Values) => {
    const body: NewElection = {
      orgId,
      voters: v.voters,
      present: v.present,
      ballots: v.ballots,
      ...(v.termNo ? { termNo: v.termNo } : {}),
      candidates: v.candidates.map((c) => ({ name: c.name.trim(), post: c.post, votes: c.votes })),
      ...pickedDay(on),
    };
    await electionsApi.record(body);
    onDone();
    return t('el.election.done');
  };
  return (
    <FieldsDialog
      form={form}
      title={t('el.election.title', { name: orgName })}
      onClose={onClose}
      submit={submit}
      width={720}
      okTestId="el-election-ok"
      initialValues={{ candidates: [{ post: 'chair' }, { post: 'vice_chair' }, { post: 'member' }] }}
    >
      <div className="form-grid-2">
        {(['voters', 'present', 'ballots'] as const).map((k) => (
          <RequiredItem key={k} name={k} label={t(`el.field.${k}`)} message={t('el.founding.needCount')}>
            <NumberInput min={0} max={10_000_000} style={{ width: '100%' }} testId={`el-election-${k}`} />
          </RequiredItem>
        ))}
        <Form.Item name="termNo" label={t('el.election.termNo')}>
          <NumberInput min={1} max={100} optional style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Typography.Text strong>{t('el.election.candidates')}</Typography.Text>
      <Form.List name="candidates">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4} style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid={`el-candidate-${field.name}`}>
                <Form.Item name={[field.name, 'post']} style={{ width: 150, marginBottom: 8 }}>
                  <Select options={optionsOf(POSTS, (p) => t(`el.post.${p}`))} />
                </Form.Item>
                <TextItem
                  name={[field.name, 'name']}
                  max={50}
                  placeholder={t('el.field.candidate')}
                  required={t('el.founding.needChair')}
                  testId="el-candidate-name"
                  style={{ width: 160, marginBottom: 8 }}
                />
                <Form.Item
                  name={[field.name, 'votes']}
                  style={{ width: 120, marginBottom: 8 }}
                  rules={[{ required: true, message: t('el.founding.needCount') }]}
                >
                  <NumberInput
                    min={0}
                    max={10_000_000}
                    placeholder={t('el.field.votes')}
                    testId="el-candidate-votes"
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('el.election.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ post: 'member' })}
              style={{ alignSelf: 'flex-start' }}
              data-testid="el-candidate-add"
            >
              {t('el.election.addCandidate')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <div style={{ marginTop: 12 }}>
        <PastDay value={on} onChange={setOn} testId="el-election-on" />
      </div>
    </FieldsDialog>
  );
}
