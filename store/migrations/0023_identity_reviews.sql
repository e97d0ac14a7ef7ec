-- 0023_identity_reviews: reviewers' decisions on fact identity (issue 17), append-only.
--
-- Does:    creates identity_reviews, one row per decision:
--          - merge: fact target_id is one fact with into_fact (its claims count for into_fact's root);
--          - move: claim target_id belongs to fact into_fact, or to no fact when into_fact is null;
--          - withdraw: takes back the review `withdraws` names; the target returns to from_fact of that
--            review (a fact's earlier root or none, a claim's earlier fact), as if it had never been made.
--          from_fact keeps where the target stood before the decision, so an undo restores it exactly.
--          UPDATE, DELETE and TRUNCATE raise NF001 (newsfacts_forbid_change of 0002).
-- Inputs:  facts, claims of 0001.
-- Outputs: the table, its indexes and triggers.

CREATE TABLE identity_reviews (
  id           text PRIMARY KEY,
  action       text NOT NULL CHECK (action IN ('merge', 'move', 'withdraw')),
  target_kind  text NOT NULL CHECK (target_kind IN ('fact', 'claim')),
  target_id    text NOT NULL,
  into_fact    text REFERENCES facts (id),
  from_fact    text REFERENCES facts (id),
  reason       text,
  reviewer     text NOT NULL,
  created_at   timestamptz NOT NULL,
  withdraws    text REFERENCES identity_reviews (id),
  CHECK ((action = 'withdraw') = (withdraws IS NOT NULL)),
  CHECK (action <> 'merge' OR (target_kind = 'fact' AND into_fact IS NOT NULL)),
  CHECK (action <> 'move' OR target_kind = 'claim')
);
CREATE INDEX identity_reviews_target_idx ON identity_reviews (target_kind, target_id);
CREATE INDEX identity_reviews_into_idx ON identity_reviews (into_fact) WHERE into_fact IS NOT NULL;
CREATE UNIQUE INDEX identity_reviews_withdraws_idx ON identity_reviews (withdraws) WHERE withdraws IS NOT NULL;

CREATE TRIGGER identity_reviews_no_update BEFORE UPDATE ON identity_reviews FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER identity_reviews_no_delete BEFORE DELETE ON identity_reviews FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER identity_reviews_no_truncate BEFORE TRUNCATE ON identity_reviews FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
