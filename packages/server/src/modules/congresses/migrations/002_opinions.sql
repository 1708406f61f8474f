-- A proposal made an opinion (转为意见建议, issue 41): the committee does not accept it as a proposal but hands it to
-- a handling unit as an opinion, which answers it and says whether it is adopted (采纳). `status` 'opinion' is the
-- opinion waiting to be assigned; `opinion` stays true through assignment and answer; `adopted` is the answer's
-- word (null until answered).
alter table congress_proposals drop constraint congress_proposals_status_check;
alter table congress_proposals add constraint congress_proposals_status_check
  check (status in ('filed', 'accepted', 'rejected', 'merged', 'opinion', 'assigned', 'answered', 'closed'));
alter table congress_proposals add column opinion boolean not null default false;
alter table congress_proposals add column adopted boolean;
alter table congress_proposals add constraint congress_proposals_adopted check (adopted is null or opinion);
