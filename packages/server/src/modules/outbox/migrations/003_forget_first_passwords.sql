-- An account's first password travels to its phone in the template parameters of an 'account_password' SMS. The
-- dispatcher masked only a parameter named 'code' once a secret message was sent or given up, so every first
-- password stayed in outbox.params in plain text (and in every backup). The dispatcher now masks each secret
-- parameter; this clears the ones already kept, leaving those still queued (they are yet to be sent).
update outbox
   set params = (
     select jsonb_agg(case when e->>'name' = 'password' then jsonb_set(e, '{value}', '"******"') else e end
                      order by i)
       from jsonb_array_elements(params) with ordinality as t(e, i))
 where purpose = 'account_password' and state <> 'queued' and jsonb_typeof(params) = 'array'
   and params @> '[{"name": "password"}]';
