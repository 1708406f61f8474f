-- A payment batch pays by one method (issue 24): to the members' bank accounts ('bank') or to their 京卡
-- ('jingka'). Items whose person has no account for that method are flagged in the preview, on the batch and
-- before its export.
alter table payment_batches add column method text not null default 'bank'
  check (method in ('bank', 'jingka'));
