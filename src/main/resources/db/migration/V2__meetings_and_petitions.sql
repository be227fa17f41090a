-- Constituent meetings and the petitions voters raise there and through every other channel.

-- A meeting cycle groups the meetings held around one council session or one theme.
CREATE TABLE meeting_cycle (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    commune_id      BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    council_session INT,
    title           VARCHAR(200) NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_cycle_title UNIQUE (commune_id, title),
    CONSTRAINT fk_meeting_cycle_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE meeting (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    commune_id       BIGINT        NOT NULL,
    cycle_id         BIGINT        NOT NULL,
    held_at          DATETIME      NOT NULL,
    place            VARCHAR(200)  NOT NULL,
    form             VARCHAR(20)   NOT NULL,
    deputies         VARCHAR(1000),
    voters_attending INT           NOT NULL DEFAULT 0,
    language         VARCHAR(60),
    interpreter_name VARCHAR(150),
    minutes          MEDIUMTEXT,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_by       VARCHAR(60)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_meeting_cycle (cycle_id, held_at),
    CONSTRAINT fk_meeting_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_meeting_cycle FOREIGN KEY (cycle_id) REFERENCES meeting_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE meeting_village (
    meeting_id BIGINT NOT NULL,
    village_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, village_id),
    CONSTRAINT fk_meeting_village_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_village_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Tracking codes are numbered per commune and year; this row is locked while a number is taken.
CREATE TABLE tracking_sequence (
    commune_id BIGINT NOT NULL,
    year       INT    NOT NULL,
    last_value INT    NOT NULL,
    PRIMARY KEY (commune_id, year),
    CONSTRAINT fk_tracking_sequence_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- recurrence_of points at the first petition of a wish raised again; times_raised counts on that first one.
-- submission_key makes a submission idempotent: a form sent twice records one petition.
CREATE TABLE petition (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    commune_id          BIGINT        NOT NULL,
    tracking_code       VARCHAR(24)   NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    competence          VARCHAR(20)   NOT NULL,
    content             TEXT          NOT NULL,
    category_id         BIGINT        NOT NULL,
    village_id          BIGINT,
    meeting_id          BIGINT,
    cycle_id            BIGINT,
    received_on         DATE          NOT NULL,
    anonymous           BOOLEAN       NOT NULL DEFAULT FALSE,
    petitioner_name     VARCHAR(150),
    petitioner_phone    VARCHAR(30),
    petitioner_address  VARCHAR(300),
    petitioner_email    VARCHAR(150),
    language            VARCHAR(60)   NOT NULL,
    interpreter_used    BOOLEAN       NOT NULL DEFAULT FALSE,
    recurrence_of_id    BIGINT,
    times_raised        INT           NOT NULL DEFAULT 1,
    submission_key      VARCHAR(64)   NOT NULL,
    created_by          VARCHAR(60)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_petition_tracking_code UNIQUE (tracking_code),
    CONSTRAINT uk_petition_submission_key UNIQUE (submission_key),
    -- The list pages of one commune, newest first, seek on (received_on, id).
    KEY ix_petition_commune_received (commune_id, received_on, id),
    KEY ix_petition_commune_status (commune_id, status, received_on, id),
    KEY ix_petition_meeting (meeting_id, id),
    KEY ix_petition_cycle (cycle_id),
    KEY ix_petition_recurrence (recurrence_of_id),
    CONSTRAINT fk_petition_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_petition_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_petition_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_petition_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_petition_cycle FOREIGN KEY (cycle_id) REFERENCES meeting_cycle (id),
    CONSTRAINT fk_petition_recurrence FOREIGN KEY (recurrence_of_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Uploaded files (meeting minutes, petition attachments). The bytes live outside the web root under
-- storage_key; the name shown is the cleaned original name.
CREATE TABLE stored_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    commune_id    BIGINT        NOT NULL,
    petition_id   BIGINT,
    meeting_id    BIGINT,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(80)   NOT NULL,
    uploaded_by   VARCHAR(60)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stored_file_key UNIQUE (storage_key),
    KEY ix_stored_file_petition (petition_id),
    KEY ix_stored_file_meeting (meeting_id),
    CONSTRAINT fk_stored_file_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_stored_file_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_stored_file_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
