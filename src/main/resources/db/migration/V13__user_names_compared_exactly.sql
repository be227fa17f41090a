-- A user name is one spelling: the sign-in compares bytes, so 'quảntri' or a full-width 'ｑ' names no account
-- instead of reaching 'quantri' under the accent- and width-insensitive collation (and its own throttle count).
ALTER TABLE app_user MODIFY username VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
