-- The distribution column on the learning tables that grow with learners (docs/scaling.md).
select add_federation_column('learning_enrolments', 'org_id');
select add_federation_column_from_parent('learning_progress', 'learning_enrolments', 'enrolment_id');
select add_federation_column('learning_signups', 'org_id');
select add_federation_column_from_parent('learning_requests', 'persons', 'person_id');
