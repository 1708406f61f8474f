-- The distribution column on the selection tables that grow with nominees (docs/scaling.md).
select add_federation_column('selection_nominations', 'org_id');
select add_federation_column_from_parent('selection_scores', 'selection_nominations', 'nomination_id');
select add_federation_column_from_parent('selection_objections', 'selection_nominations', 'nomination_id');
select add_federation_column_from_parent('selection_attachments', 'selection_nominations', 'nomination_id');
