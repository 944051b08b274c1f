-- What the CAPTCHA solvers charged an application, kept apart from the language model's share.
-- cost_usd stays the application's whole spending (language model plus solvers); this column is the
-- solvers' part of it. Plain ADD COLUMN with a default works on H2 and PostgreSQL alike.
ALTER TABLE applications ADD COLUMN captcha_cost_usd NUMERIC(14, 6) DEFAULT 0 NOT NULL;
