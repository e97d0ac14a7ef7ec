-- migrations-prepare: the ledger of applied migrations, created on first use.
-- Inputs:  none; runs under migrations-lock so two first runs cannot both create it.
-- Outputs: none.
CREATE TABLE IF NOT EXISTS schema_migrations (
  version     integer PRIMARY KEY,
  name        text NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
);
