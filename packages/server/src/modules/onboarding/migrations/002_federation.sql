-- The distribution column on join requests (docs/scaling.md).
select add_federation_column('join_requests', 'org_id');
