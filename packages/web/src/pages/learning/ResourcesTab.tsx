import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { learningApi, type Resource } from './learning-api.ts';

const KINDS = ['ebook', 'video', 'audio', 'document'] as const;

/** Digital resources produced by unions and enterprises, each with the licence terms it is shared under. */
export function ResourcesTab() {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const list = useLoad(() => learningApi.resources(), []);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const save = async () => {
    const v = await form.validateFields();
    try {
      await learningApi.createResource(v);
      setOpen(false);
      form.resetFields();
      void list.reload();
    } catch (e) {
      feedback.error(e);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
        {t('learn.resources.new')}
      </Button>
      <LoadGate state={list} what={t('learn.resources.what')}>
        {(data) => (
          <>
            <CappedNotice list={data} plain />
            <Table<Resource>
              rowKey="id"
              dataSource={data.items}
              pagination={{ pageSize: 20 }}
              locale={{ emptyText: t('learn.resources.empty') }}
              columns={[
                {
                  title: t('learn.resources.title'),
                  dataIndex: 'title',
                  render: (v: string, r) =>
                    r.url ? (
                      <a href={r.url} target="_blank" rel="noreferrer">
                        {v}
                      </a>
                    ) : (
                      v
                    ),
                },
                {
                  title: t('learn.resources.kind'),
                  dataIndex: 'kind',
                  width: 110,
                  render: (k: string) => <Tag>{t(`learn.resourceKind.${k}`)}</Tag>,
                },
                { title: t('learn.resources.producer'), dataIndex: 'orgName', width: 200 },
                { title: t('learn.resources.terms'), dataIndex: 'terms' },
              ]}
            />
          </>
        )}
      </LoadGate>
      <Modal open={open} title={t('learn.resources.new')} onCancel={() => setOpen(false)} onOk={save}>
        <Form form={form} layout="vertical" initialValues={{ kind: 'ebook' }}>
          <Form.Item
            name="title"
            label={t('learn.resources.title')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="orgId" label={t('learn.resources.producer')} rules={[{ required: true }]}>
            <OrgSelect tree openOnly />
          </Form.Item>
          <Form.Item name="kind" label={t('learn.resources.kind')}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`learn.resourceKind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="url"
            label={t('learn.resources.url')}
            rules={[{ pattern: /^https?:\/\//, message: t('learn.lessons.urlRule') }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="terms"
            label={t('learn.resources.terms')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
