-- article-claim-cues: the valid-time cues stored with an article's claims (0014, 0030), for `reidentify` to hand its
--          claims to the wiring's completion with what they carry, and to store the cues of claims stored before 0014.
-- Inputs:  $1 article id.
-- Outputs: rows (id, stated_valid_from 'YYYY-MM-DD' or null, stated_earlier, stated_valid_to 'YYYY-MM-DD' or null,
--          cues_stored: false for a claim stored before 0014 whose cues were never worked out), one per claim.
SELECT c.id, c.stated_valid_from::text AS stated_valid_from, c.stated_earlier, c.stated_valid_to::text AS stated_valid_to, c.cues_stored
FROM claims c
WHERE c.article_id = $1;
