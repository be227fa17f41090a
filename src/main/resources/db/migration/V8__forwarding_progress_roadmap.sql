-- A petition outside the commune's competence, sent to the province (or a provincial agency) by an official
-- letter; the petition waits (status FORWARDED) until the province's answer is recorded and passed on.
CREATE TABLE forwarding (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id          BIGINT        NOT NULL,
    agency               VARCHAR(200)  NOT NULL,
    letter_no            VARCHAR(50)   NOT NULL,
    letter_on            DATE          NOT NULL,
    forwarded_by         VARCHAR(60)   NOT NULL,
    forwarded_at         DATETIME(3)   NOT NULL,
    reply_letter_no      VARCHAR(50),
    reply_on             DATE,
    reply_text           TEXT,
    reply_recorded_by    VARCHAR(60),
    reply_recorded_at    DATETIME(3),
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_forwarding_petition (petition_id, id),
    KEY ix_forwarding_waiting (reply_on, letter_on),
    CONSTRAINT fk_forwarding_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What the officer holding a petition did, in their words, with how far the work has got. Written once.
CREATE TABLE progress_note (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id  BIGINT        NOT NULL,
    note         VARCHAR(4000) NOT NULL,
    percent_done TINYINT,
    written_by   VARCHAR(60)   NOT NULL,
    written_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_progress_note_petition (petition_id, id),
    CONSTRAINT fk_progress_note_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Evidence (photos, scanned decisions) belongs to the progress note it proves.
ALTER TABLE stored_file
    ADD COLUMN note_id BIGINT NULL AFTER meeting_id,
    ADD KEY ix_stored_file_note (note_id),
    ADD CONSTRAINT fk_stored_file_note FOREIGN KEY (note_id) REFERENCES progress_note (id);

-- The roadmap of long work (e.g. 104 temporary houses by 30 August): planned steps, each done or not.
CREATE TABLE roadmap_step (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id  BIGINT        NOT NULL,
    planned_on   DATE          NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    done_on      DATE,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_roadmap_step_petition (petition_id, planned_on),
    CONSTRAINT fk_roadmap_step_petition FOREIGN KEY (petition_id) REFERENCES petition (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- History of the three (Hibernate Envers), as for every other audited table (V6).
create table forwarding_aud (
    id bigint not null,
    petition_id bigint,
    agency varchar(200),
    letter_no varchar(50),
    letter_on date,
    forwarded_by varchar(60),
    forwarded_at datetime(3),
    reply_letter_no varchar(50),
    reply_on date,
    reply_text text,
    reply_recorded_by varchar(60),
    reply_recorded_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_forwarding_aud_rev foreign key (rev) references audit_revision (id),
    index ix_forwarding_aud_id (id),
    index ix_forwarding_aud_petition_id (petition_id)
);

create table progress_note_aud (
    id bigint not null,
    petition_id bigint,
    note varchar(4000),
    percent_done tinyint,
    written_by varchar(60),
    written_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_progress_note_aud_rev foreign key (rev) references audit_revision (id),
    index ix_progress_note_aud_id (id),
    index ix_progress_note_aud_petition_id (petition_id)
);

create table roadmap_step_aud (
    id bigint not null,
    petition_id bigint,
    planned_on date,
    description varchar(500),
    done_on date,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_roadmap_step_aud_rev foreign key (rev) references audit_revision (id),
    index ix_roadmap_step_aud_id (id),
    index ix_roadmap_step_aud_petition_id (petition_id)
);

alter table stored_file_aud add column note_id bigint after meeting_id;
