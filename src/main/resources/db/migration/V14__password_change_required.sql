-- An account whose password someone else chose (the first administrator's one-time secret) must set its own
-- at the next sign-in before any page opens.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user_aud ADD COLUMN password_change_required BOOLEAN;
