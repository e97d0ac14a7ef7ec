-- 0012_review_withdrawal: a review can be taken back, by a new review (history stays append-only).
--
-- Does:    - reviews.action may be 'withdraw': a review that takes back an earlier one of the same target;
--          - reviews.withdraws: the review a withdrawal takes back (null for every other action; a withdrawal
--            must name one), unique, so a review is withdrawn at most once even by two reviewers at once.
--          A withdrawn review stops counting: reconciliation reads only reviews no withdrawal names.
-- Inputs:  none.
-- Outputs: none.
ALTER TABLE reviews DROP CONSTRAINT reviews_action_check;
ALTER TABLE reviews ADD CONSTRAINT reviews_action_check CHECK (action IN ('accept', 'reject', 'correct', 'withdraw'));
ALTER TABLE reviews ADD COLUMN withdraws text REFERENCES reviews (id);
ALTER TABLE reviews ADD CONSTRAINT reviews_withdraws_check CHECK ((action = 'withdraw') = (withdraws IS NOT NULL));
CREATE UNIQUE INDEX reviews_withdraws_idx ON reviews (withdraws) WHERE withdraws IS NOT NULL;
