import { Alert, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { DayConfirm } from '../../components/DayDialog.tsx';
import { emptyText } from '../../components/LoadError.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { BookForMemberModal } from './BookForMemberModal.tsx';
import { bookingColumns } from './bookingColumns.tsx';
import { counsellingApi, type StaffBooking } from './counselling-api.ts';

/** The bookings of the union's members: a booking made for a member, a booking cancelled by staff (never the notes). */
export function Bookings({ orgId }: { orgId?: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const list = useLoad(() => counsellingApi.bookings(orgId), [orgId]);
  const slots = useLoad(() => counsellingApi.slots(orgId), [orgId]);
  const { act, busy } = useAct<number>(() => {
    list.reload();
    slots.reload();
  });
  const [booking, setBooking] = useState(false);
  /** The day staff record a cancellation on (ADR 40): null is today. */
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon message={t('csl.bookings.hint')} />
      {can('counselling.manage') && (
        <Flex>
          <Button type="primary" onClick={() => setBooking(true)} data-testid="csl-book">
            {t('csl.bookings.book')}
          </Button>
        </Flex>
      )}
      <CappedNotice list={list.data} />
      <FitTable
        rowKey="id"
        size="small"
        loading={!list.data && !list.error}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: emptyText(list, t('csl.bookings.empty'), t('csl.what.bookings')) }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="csl-bookings"
        columns={[
          ...bookingColumns<StaffBooking>(t, true),
          {
            title: '',
            key: 'act',
            render: (_: unknown, b) =>
              b.status === 'booked' &&
              can('counselling.manage') && (
                <DayConfirm
                  title={t('csl.bookings.cancel')}
                  dayTestId="csl-cancel-day"
                  onConfirm={(cancelDay) =>
                    act(
                      b.id,
                      () => counsellingApi.cancelByStaff(b.id, undefined, cancelDay),
                      t('csl.bookings.cancelled'),
                    )
                  }
                >
                  <Button size="small" loading={busy === b.id} data-testid={`csl-cancel-${b.id}`}>
                    {t('csl.bookings.cancel')}
                  </Button>
                </DayConfirm>
              ),
          },
        ]}
      />
      {booking && (
        <BookForMemberModal
          orgId={orgId}
          onClose={(booked) => {
            setBooking(false);
            if (booked) {
              list.reload();
              slots.reload();
            }
          }}
        />
      )}
    </Flex>
  );
}
