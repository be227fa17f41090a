-- The leaders' workflow: legal time limits, the working-day calendar, assignments and the history of
-- every status change.

-- Time limits per petition kind and step (DOMAIN.md); admins change them, the code holds no numbers.
CREATE TABLE deadline_rule (
    kind    VARCHAR(20) NOT NULL,
    step    VARCHAR(20) NOT NULL,
    days    INT         NOT NULL,
    unit    VARCHAR(20) NOT NULL,
    version BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, step)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO deadline_rule (kind, step, days, unit) VALUES
 -- Decree 20/2008: forward within 5 working days when not competent; answer limit configurable (30 days).
 ('FEEDBACK',       'FORWARD', 5,  'WORKING_DAYS'),
 ('FEEDBACK',       'ANSWER',  30, 'CALENDAR_DAYS'),
 -- Joint Resolution 72/2025: compile within 5 working days, answer within 30 days (commune defaults).
 ('VOTER_PETITION', 'FORWARD', 5,  'WORKING_DAYS'),
 ('VOTER_PETITION', 'ANSWER',  30, 'CALENDAR_DAYS'),
 -- Law on Complaints 2011: accept within 10 days, decide within 30 days of acceptance.
 ('COMPLAINT',      'ACCEPT',  10, 'CALENDAR_DAYS'),
 ('COMPLAINT',      'ANSWER',  30, 'CALENDAR_DAYS'),
 -- Law on Denunciation 2018: initial processing 7 working days, resolve within 30 days.
 ('DENUNCIATION',   'ACCEPT',  7,  'WORKING_DAYS'),
 ('DENUNCIATION',   'ANSWER',  30, 'CALENDAR_DAYS');

-- Days that differ from the computed calendar: a day off granted (working = false) or a Saturday worked.
CREATE TABLE calendar_exception (
    day     DATE         NOT NULL,
    working BOOLEAN      NOT NULL,
    note    VARCHAR(200) NOT NULL,
    PRIMARY KEY (day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

ALTER TABLE petition
    ADD COLUMN due_on DATE NULL AFTER received_on,
    ADD KEY ix_petition_commune_due (commune_id, status, due_on, id);

-- A petition given to a department (and optionally one officer) with a deadline. Reassigning ends the
-- current assignment and opens a new one, so the history of who held it stays.
CREATE TABLE assignment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    petition_id     BIGINT       NOT NULL,
    department_id   BIGINT       NOT NULL,
    officer_id      BIGINT,
    due_on          DATE         NOT NULL,
    instructions    VARCHAR(2000),
    assigned_by     VARCHAR(60)  NOT NULL,
    assigned_at     DATETIME(3)  NOT NULL,
    ended_at        DATETIME(3),
    PRIMARY KEY (id),
    KEY ix_assignment_petition (petition_id, ended_at),
    KEY ix_assignment_officer (officer_id, ended_at),
    CONSTRAINT fk_assignment_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_assignment_officer FOREIGN KEY (officer_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every status change: from, to, who, when and why.
CREATE TABLE petition_transition (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id BIGINT        NOT NULL,
    from_status VARCHAR(20)   NOT NULL,
    to_status   VARCHAR(20)   NOT NULL,
    reason      VARCHAR(4000),
    changed_by  VARCHAR(60)   NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_petition_transition_petition (petition_id, id),
    CONSTRAINT fk_petition_transition_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The answer given to the voter.
ALTER TABLE petition
    ADD COLUMN answer_text     TEXT          NULL,
    ADD COLUMN answer_result   VARCHAR(20)   NULL,
    ADD COLUMN expected_on     DATE          NULL,
    ADD COLUMN answered_on     DATE          NULL,
    ADD COLUMN satisfaction    VARCHAR(20)   NULL;
