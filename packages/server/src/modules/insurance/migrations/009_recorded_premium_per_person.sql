-- A year kept as totals brought in from the policies register (issue 42) was written with its premium in all as
-- its premium per person too (`premium_fen` = `recorded_premium_fen`): the policy list and page showed the whole
-- policy's premium as 人均年保费. Its premium per person is its premium in all over its number insured, rounded to
-- the fen, as the register now writes it and the demo's recorded years have it; the recorded figures, which the
-- statistics count, are unchanged.
update insurance_policies
   set premium_fen = round(recorded_premium_fen::numeric / recorded_insured)::bigint
 where recorded_insured > 1 and recorded_premium_fen is not null and premium_fen = recorded_premium_fen;
