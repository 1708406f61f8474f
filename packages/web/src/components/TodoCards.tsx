import { Badge, Card, Empty, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { TODO_KEY } from '../api/query.ts';
import type { Answer } from '../api/types.ts';
import { LoadError } from './LoadError.tsx';
import { todoDayWords } from './todo-words.ts';
import { useLoad } from './useLoad.ts';

export type TodoList = Answer<'/api/todo'>;

export const loadTodo = () => unwrap(api.GET('/api/todo'));

/**
 * What waits for the signed-in account (待办): a card per kind of work with its count, deadline and days overdue
 * (red) — a worker's session or trip the day of the next instead (`todoDayWords`) —, each a link to the page where
 * it is done. The staff landing page and the top of the worker's phone home; `whenEmpty` stands under the word that
 * nothing waits.
 */
export function TodoCards({ compact = false, whenEmpty }: { compact?: boolean; whenEmpty?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useLoad(loadTodo, [], { key: TODO_KEY });
  if (error) return <LoadError error={error} retry={reload} />;
  if (loading && !data) return <Spin />;
  if (!data || data.items.length === 0)
    return compact ? null : (
      <Empty description={t('todo.empty')} data-testid="todo-empty">
        {whenEmpty}
      </Empty>
    );
  const en = i18n.language === 'en';
  return (
    <div className="todo-cards" data-testid="todo-cards">
      {data.items.map((i) => (
        <Link key={`${i.module}.${i.kind}`} to={i.href} data-testid={`todo-${i.module}-${i.kind}`}>
          <Card size="small" hoverable className="todo-card">
            <div className="todo-card-head">
              <span className="todo-card-title">{en ? i.title.en : i.title.zh}</span>
              <Badge count={i.count} overflowCount={9999} color={i.overdueDays > 0 ? 'red' : 'blue'} />
            </div>
            <div className="todo-card-meta">
              {i.dueOn || i.oldestOn ? <span>{todoDayWords(t, i)}</span> : null}
              {i.overdueDays > 0 && <Tag color="red">{t('todo.overdue', { count: i.overdueDays })}</Tag>}
            </div>
          </Card>
        </Link>
      ))}
    </div>
  );
}
