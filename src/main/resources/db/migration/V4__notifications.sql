-- In-app reminders: due soon, due today, overdue, and the escalation of an overdue petition to leaders.
-- The unique key makes every reminder happen once, however often the daily run is repeated.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    petition_id BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    due_on      DATE         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    read_at     DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_once UNIQUE (user_id, petition_id, kind, due_on),
    KEY ix_notification_user_unread (user_id, read_at, id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_notification_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
