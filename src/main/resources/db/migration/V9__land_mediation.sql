-- Land-dispute mediation at the commune (Land Law 2024 art. 235, Decree 102/2024 art. 105): the case as the
-- mediation logbook records it, its mediation council and its sessions, with their history (Envers).

create table mediation_case (
    id                   bigint        not null auto_increment,
    commune_id           bigint        not null,
    petition_id          bigint,
    requester_name       varchar(150)  not null,
    requester_address    varchar(300),
    other_party_name     varchar(150)  not null,
    other_party_address  varchar(300),
    parcel_number        varchar(30),
    map_sheet            varchar(30),
    parcel_location      varchar(300)  not null,
    dispute              varchar(4000) not null,
    requested_on         date          not null,
    accepted_on          date,
    acceptance_due_on    date          not null,
    finish_due_on        date          not null,
    status               varchar(20)   not null,
    outcome              varchar(30),
    absent_party         varchar(20),
    outcome_note         varchar(2000),
    outcome_minutes      mediumtext,
    finished_on          date,
    version              bigint        not null default 0,
    created_by           varchar(60)   not null,
    created_at           datetime(3)   not null,
    primary key (id),
    key ix_mediation_case_logbook (commune_id, status, finish_due_on, id),
    key ix_mediation_case_petition (petition_id),
    constraint fk_mediation_case_commune foreign key (commune_id) references commune (id),
    constraint fk_mediation_case_petition foreign key (petition_id) references petition (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

-- The council: the Chairman or a Vice Chairman chairs it; the Front, a land official and a long-time resident sit on it.
create table mediation_council_member (
    id             bigint       not null auto_increment,
    case_id        bigint       not null,
    full_name      varchar(150) not null,
    council_role   varchar(30)  not null,
    position       varchar(150),
    woman          boolean      not null,
    ethnic_group   varchar(60),
    added_by       varchar(60)  not null,
    added_at       datetime(3)  not null,
    primary key (id),
    key ix_mediation_council_member_case (case_id, id),
    constraint fk_mediation_council_member_case foreign key (case_id) references mediation_case (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

-- Every session with who of the parties came, and its minutes (biên bản), which the law requires.
create table mediation_session (
    id                  bigint       not null auto_increment,
    case_id             bigint       not null,
    held_on             date         not null,
    place               varchar(200) not null,
    requester_present   boolean      not null,
    other_party_present boolean      not null,
    minutes             mediumtext   not null,
    recorded_by         varchar(60)  not null,
    recorded_at         datetime(3)  not null,
    primary key (id),
    key ix_mediation_session_case (case_id, held_on, id),
    constraint fk_mediation_session_case foreign key (case_id) references mediation_case (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

create table mediation_case_aud (
    id                   bigint not null,
    commune_id           bigint,
    petition_id          bigint,
    requester_name       varchar(150),
    requester_address    varchar(300),
    other_party_name     varchar(150),
    other_party_address  varchar(300),
    parcel_number        varchar(30),
    map_sheet            varchar(30),
    parcel_location      varchar(300),
    dispute              varchar(4000),
    requested_on         date,
    accepted_on          date,
    acceptance_due_on    date,
    finish_due_on        date,
    status               varchar(20),
    outcome              varchar(30),
    absent_party         varchar(20),
    outcome_note         varchar(2000),
    outcome_minutes      mediumtext,
    finished_on          date,
    created_by           varchar(60),
    created_at           datetime(3),
    rev                  bigint not null,
    revtype              tinyint,
    primary key (rev, id),
    constraint fk_mediation_case_aud_rev foreign key (rev) references audit_revision (id),
    index ix_mediation_case_aud_id (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

create table mediation_council_member_aud (
    id             bigint not null,
    case_id        bigint,
    full_name      varchar(150),
    council_role   varchar(30),
    position       varchar(150),
    woman          boolean,
    ethnic_group   varchar(60),
    added_by       varchar(60),
    added_at       datetime(3),
    rev            bigint not null,
    revtype        tinyint,
    primary key (rev, id),
    constraint fk_mediation_council_member_aud_rev foreign key (rev) references audit_revision (id),
    index ix_mediation_council_member_aud_id (id),
    index ix_mediation_council_member_aud_case_id (case_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

create table mediation_session_aud (
    id                  bigint not null,
    case_id             bigint,
    held_on             date,
    place               varchar(200),
    requester_present   boolean,
    other_party_present boolean,
    minutes             mediumtext,
    recorded_by         varchar(60),
    recorded_at         datetime(3),
    rev                 bigint not null,
    revtype             tinyint,
    primary key (rev, id),
    constraint fk_mediation_session_aud_rev foreign key (rev) references audit_revision (id),
    index ix_mediation_session_aud_id (id),
    index ix_mediation_session_aud_case_id (case_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_520_ci;

-- The time limits are data an admin may change (/admin/deadlines), like those of petitions:
-- notify acceptance within 3 working days; finish the mediation within 30 days of the request.
insert into deadline_rule (kind, step, days, unit) values
 ('LAND_MEDIATION', 'ACCEPT', 3,  'WORKING_DAYS'),
 ('LAND_MEDIATION', 'ANSWER', 30, 'CALENDAR_DAYS');

-- Their history starts here, as the other rules' history starts at the baseline of V6.
insert into audit_revision (changed_at_millis, username) values (unix_timestamp(now(3)) * 1000, 'migration');
set @mediation_rules = last_insert_id();
insert into deadline_rule_aud (kind, step, days, unit, rev, revtype)
    select kind, step, days, unit, @mediation_rules, 0 from deadline_rule where kind = 'LAND_MEDIATION';
insert into audit_revision_entity (revision_id, entity_name) values (@mediation_rules, 'vn.dannguyen.deadline.DeadlineRule');
