-- The goods a past visit gave, as the register of past visits wrote them (慰问物资: 米面油一份): they came out of no
-- campaign's stock, so they have no stock moves; a visit logged live keeps this empty.
alter table care_visits add column goods_written text;
