-- The distribution column on the maintained counts (docs/scaling.md): a federation's report reads its shard.
select add_federation_column('report_counts', 'org_id');
