import { Button, Empty, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { LoadError, Loading } from '../../components/LoadError.tsx';
import { PhonePage } from '../../components/PhoneList.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';

/** Worker (phone): selections open to self-nomination for my union; choose a category, write my deed. */
export default function WorkerSelfNominationPage() {
  const { t } = useTranslation();
  const list = useLoad(() => unwrap(api.GET('/api/me/selections')), []);
  const [category, setCategory] = useState<Record<number, number>>({});
  const [deed, setDeed] = useState<Record<number, string>>({});
  const { busy, act } = useAct<number>(list.reload);
  const submit = (id: number) =>
    act(
      id,
      () =>
        unwrap(
          api.POST('/api/me/selections/{id}/nominations', {
            params: { path: { id } },
            body: { categoryId: category[id], deed: (deed[id] ?? '').trim() },
          }),
        ),
      t('sel.self.done'),
    );
  return (
    <PhonePage title={t('sel.self.title')}>
      {!!list.error && <LoadError error={list.error} retry={list.reload} what={t('sel.self.title')} />}
      {!list.error && !list.data && <Loading />}
      {list.data?.items.length === 0 && <Empty description={t('sel.self.none')} />}
      {list.data?.items.map((s) => (
        <div className="wp-card" key={s.id} data-testid={`self-selection-${s.id}`}>
          <div className="wp-card-head">
            <div className="wp-card-name">{s.edition}</div>
            {s.nominated && <Tag color="green">{t('sel.self.nominated')}</Tag>}
          </div>
          <div className="wp-muted">{t('sel.self.until', { date: s.nominateUntil })}</div>
          {!s.nominated && (
            <>
              <Select
                style={{ width: '100%', marginTop: 8 }}
                placeholder={t('sel.field.category')}
                value={category[s.id]}
                onChange={(v) => setCategory((c) => ({ ...c, [s.id]: v }))}
                options={s.categories.map((c) => ({ value: c.id, label: c.name }))}
              />
              <Input.TextArea
                style={{ marginTop: 8 }}
                rows={4}
                maxLength={2000}
                placeholder={t('sel.self.deed')}
                value={deed[s.id] ?? ''}
                onChange={(e) => setDeed((d) => ({ ...d, [s.id]: e.target.value }))}
              />
              <Button
                type="primary"
                block
                style={{ marginTop: 8 }}
                disabled={!category[s.id] || !(deed[s.id] ?? '').trim()}
                loading={busy === s.id}
                onClick={() => submit(s.id)}
              >
                {t('sel.self.submit')}
              </Button>
            </>
          )}
        </div>
      ))}
    </PhonePage>
  );
}
