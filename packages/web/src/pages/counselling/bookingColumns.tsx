import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { labelColumn } from '../../components/columns.tsx';
import { slotText } from './counselling-api.ts';

/** What both booking lists show of a booking (the staff's rows also name the counsellor and who cancelled). */
interface BookingRow {
  startsAt: string;
  endsAt: string;
  status: string;
  cancelledBy?: string | null;
}

/**
 * A booking's columns as the union's booking list (`staff`: with the counsellor, and who cancelled a cancelled one)
 * and the counsellor's own list show them: the time, the member, the union, the mode, the channel and the status.
 */
export function bookingColumns<B extends BookingRow>(t: TFunction, staff: boolean): ColumnsType<B> {
  return [
    { title: t('csl.field.time'), key: 'time', render: (_: unknown, b) => slotText(b) },
    { title: t('csl.field.member'), dataIndex: 'personName' },
    { title: t('csl.field.union'), dataIndex: 'orgName' },
    ...(staff ? [{ title: t('csl.field.counsellor'), dataIndex: 'counsellorName' }] : []),
    { title: t('csl.field.mode'), dataIndex: 'mode', render: (m: string) => t(`csl.mode.${m}`) },
    labelColumn(t('csl.field.channel'), 'channel', (c) => t(`csl.channel.${c}`)),
    {
      title: t('csl.field.status'),
      key: 'status',
      render: (_: unknown, b) => (
        <Tag color={b.status === 'booked' ? 'blue' : b.status === 'done' ? 'green' : 'default'}>
          {t(`csl.status.${b.status}`)}
          {staff && b.cancelledBy ? ` · ${t(`csl.cancelledBy.${b.cancelledBy}`)}` : ''}
        </Tag>
      ),
    },
  ];
}
