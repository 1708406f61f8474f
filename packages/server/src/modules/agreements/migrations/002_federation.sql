-- The distribution column on agreements and the enterprises they cover (docs/scaling.md): they grow with
-- employers, and a district's report on them reads one federation.
select add_federation_column('agreements', 'org_id');
select add_federation_column_from_parent('agreement_coverage', 'agreements', 'agreement_id');
select add_federation_column_from_parent('agreement_texts', 'agreements', 'agreement_id');
select add_federation_column('agreement_enterprises', 'org_id');
