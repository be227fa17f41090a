-- Each run of a scheduled job (the daily reminders), so operators and tests see that a run missed while
-- the server was down happened once after the restart, and not more.
CREATE TABLE scheduled_run (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    job          VARCHAR(60)  NOT NULL,
    ran_at       DATETIME(3)  NOT NULL,
    result_count INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_scheduled_run_job (job, ran_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
