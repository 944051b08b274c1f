-- Nyx schema, version 2: what the effort policy saw when it planned an application.
-- match_reasons: JSON list of the match's sentences for people (vetoes first); company_tier: the
-- company's tier when planned (TOP, NORMAL, AVOID). Both stay NULL until the application is planned.
-- (interview_preps already exists since version 1: one row per generated prep package, JSON content.)

ALTER TABLE applications ADD COLUMN match_reasons VARCHAR;
ALTER TABLE applications ADD COLUMN company_tier VARCHAR(16);
