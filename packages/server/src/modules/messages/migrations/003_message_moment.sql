-- The moment of the decision a message tells of, where that was entered after the fact (补录): the worker's list
-- shows the message at it. created_at stays the moment the message was written, which the e-mail copy of the last
-- day's messages reads; a message of a live decision leaves happened_at empty.
alter table messages add column happened_at timestamptz;
