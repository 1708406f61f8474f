import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useFeedback } from '../../../components/feedback.ts';
import { mentoringApi } from './mentoring-api.ts';

/** Picks a member of my subtree by name (the server searches as one types). */
export function MemberSelect({
  value,
  onChange,
  placeholder,
  testId,
}: {
  value?: number;
  onChange?: (id: number) => void;
  placeholder?: string;
  testId?: string;
}) {
  const feedback = useFeedback();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const text = q.trim();
    if (!text) return;
    const mine = ++seq.current;
    setLoading(true);
    const timer = setTimeout(() => {
      mentoringApi
        .findMembers(text)
        .then((items) => {
          if (mine !== seq.current) return;
          setOptions(items.map((p) => ({ value: p.id, label: `${p.name}（${p.orgName ?? '—'}）` })));
        })
        .catch(feedback.error)
        .finally(() => mine === seq.current && setLoading(false));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, feedback]);
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      onSearch={setQ}
      filterOption={false}
      loading={loading}
      options={options}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
