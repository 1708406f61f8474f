-- The policies register (issue 42): a policy's insured list brought in from a file is kept as the file gives it,
-- not kept in step with the member register when the policy is read (`list_from_register` false); and the
-- federation of an insured row is filled by the row trigger only when the insert did not give it (the register
-- writes it set-based, as migration 006 does for claims).
alter table insurance_policies add column list_from_register boolean not null default true;
drop trigger insurance_insured_federation on insurance_insured;
create trigger insurance_insured_federation before insert on insurance_insured
  for each row when (new.federation_id is null) execute function fill_federation_id('org_id');
