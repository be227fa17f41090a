-- A user name is one spelling: the sign-in compares bytes, so 'quảntri' or a full-width 'ｑ' names no account
-- instead of reaching 'quantri' under the accent- and width-insensitive collation (and its own throttle count).
-- Names are stored as sign-in reads them (trimmed, lower case); two accounts that would become one stop here
-- with the unique key's error rather than one locking the other out.
UPDATE app_user SET username = LOWER(TRIM(username)) WHERE username <> LOWER(TRIM(username));
ALTER TABLE app_user MODIFY username VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
