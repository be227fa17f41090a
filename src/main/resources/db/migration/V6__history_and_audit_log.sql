-- History (Hibernate Envers) and the audit log with its tamper-evidence chain.
-- Each *_aud table holds every version of an audited row: rev is the revision (transaction) that wrote it,
-- revtype 0 = added, 1 = changed, 2 = deleted. Rows that existed before this migration are recorded as added
-- by one baseline revision, so every record's history starts somewhere.

create table audit_revision (
    id bigint not null auto_increment primary key,
    changed_at_millis bigint not null,
    username varchar(60) not null,
    ip_address varchar(45),
    sealed_at datetime(3),
    index ix_audit_revision_sealed (sealed_at),
    index ix_audit_revision_user (username),
    index ix_audit_revision_time (changed_at_millis)
);

create table audit_revision_entity (
    revision_id bigint not null,
    entity_name varchar(120) not null,
    primary key (revision_id, entity_name),
    constraint fk_audit_revision_entity foreign key (revision_id) references audit_revision (id)
);

-- Sign-ins, refused sign-ins, views of personal data, exports: things that change no data.
create table audit_event (
    id bigint not null auto_increment primary key,
    occurred_at datetime(3) not null,
    username varchar(60) not null,
    kind varchar(30) not null,
    petition_id bigint,
    subject varchar(200),
    detail varchar(500),
    ip_address varchar(45),
    sealed_at datetime(3),
    index ix_audit_event_sealed (sealed_at),
    index ix_audit_event_time (occurred_at),
    index ix_audit_event_user (username, occurred_at),
    index ix_audit_event_petition (petition_id)
);

-- The chain: link seq binds link seq-1, the record (kind R = revision, E = event, ref_id) and the record's hash.
create table audit_seal (
    seq bigint not null primary key,
    kind char(1) not null,
    ref_id bigint not null,
    row_hash char(64) not null,
    chain_hash char(64) not null,
    sealed_at datetime(3) not null,
    unique key uq_audit_seal_record (kind, ref_id)
);

insert into audit_revision (changed_at_millis, username) values (unix_timestamp(now(3)) * 1000, 'migration');
set @baseline = last_insert_id();

create table app_user_aud (
    id bigint not null,
    username varchar(60),
    full_name varchar(150),
    email varchar(150),
    commune_id bigint,
    province_wide boolean,
    active boolean,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_app_user_aud_rev foreign key (rev) references audit_revision (id),
    index ix_app_user_aud_id (id)
);

insert into app_user_aud (id, username, full_name, email, commune_id, province_wide, active, rev, revtype)
    select id, username, full_name, email, commune_id, province_wide, active, @baseline, 0 from app_user;

create table assignment_aud (
    id bigint not null,
    petition_id bigint,
    department_id bigint,
    officer_id bigint,
    due_on date,
    instructions varchar(2000),
    assigned_by varchar(60),
    assigned_at datetime(3),
    ended_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_assignment_aud_rev foreign key (rev) references audit_revision (id),
    index ix_assignment_aud_id (id),
    index ix_assignment_aud_petition_id (petition_id)
);

insert into assignment_aud (id, petition_id, department_id, officer_id, due_on, instructions, assigned_by, assigned_at, ended_at, rev, revtype)
    select id, petition_id, department_id, officer_id, due_on, instructions, assigned_by, assigned_at, ended_at, @baseline, 0 from assignment;

create table calendar_exception_aud (
    day date not null,
    working boolean,
    note varchar(200),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, day),
    constraint fk_calendar_exception_aud_rev foreign key (rev) references audit_revision (id),
    index ix_calendar_exception_aud_day (day)
);

insert into calendar_exception_aud (day, working, note, rev, revtype)
    select day, working, note, @baseline, 0 from calendar_exception;

create table category_aud (
    id bigint not null,
    code varchar(30),
    name_vi varchar(150),
    name_en varchar(150),
    active boolean,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_category_aud_rev foreign key (rev) references audit_revision (id),
    index ix_category_aud_id (id)
);

insert into category_aud (id, code, name_vi, name_en, active, rev, revtype)
    select id, code, name_vi, name_en, active, @baseline, 0 from category;

create table commune_aud (
    id bigint not null,
    code varchar(20),
    name varchar(150),
    kind varchar(20),
    province_name varchar(150),
    active boolean,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_commune_aud_rev foreign key (rev) references audit_revision (id),
    index ix_commune_aud_id (id)
);

insert into commune_aud (id, code, name, kind, province_name, active, rev, revtype)
    select id, code, name, kind, province_name, active, @baseline, 0 from commune;

create table deadline_rule_aud (
    kind varchar(20) not null,
    step varchar(20) not null,
    days int,
    unit varchar(20),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, kind, step),
    constraint fk_deadline_rule_aud_rev foreign key (rev) references audit_revision (id),
    index ix_deadline_rule_aud_kind (kind, step)
);

insert into deadline_rule_aud (kind, step, days, unit, rev, revtype)
    select kind, step, days, unit, @baseline, 0 from deadline_rule;

create table department_aud (
    id bigint not null,
    commune_id bigint,
    name varchar(150),
    active boolean,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_department_aud_rev foreign key (rev) references audit_revision (id),
    index ix_department_aud_id (id)
);

insert into department_aud (id, commune_id, name, active, rev, revtype)
    select id, commune_id, name, active, @baseline, 0 from department;

create table meeting_aud (
    id bigint not null,
    commune_id bigint,
    cycle_id bigint,
    held_at datetime,
    place varchar(200),
    form varchar(20),
    deputies varchar(1000),
    voters_attending int,
    language varchar(60),
    interpreter_name varchar(150),
    minutes mediumtext,
    created_by varchar(60),
    created_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_meeting_aud_rev foreign key (rev) references audit_revision (id),
    index ix_meeting_aud_id (id)
);

insert into meeting_aud (id, commune_id, cycle_id, held_at, place, form, deputies, voters_attending, language, interpreter_name, minutes, created_by, created_at, rev, revtype)
    select id, commune_id, cycle_id, held_at, place, form, deputies, voters_attending, language, interpreter_name, minutes, created_by, created_at, @baseline, 0 from meeting;

create table meeting_cycle_aud (
    id bigint not null,
    commune_id bigint,
    kind varchar(30),
    council_session int,
    title varchar(200),
    starts_on date,
    ends_on date,
    created_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_meeting_cycle_aud_rev foreign key (rev) references audit_revision (id),
    index ix_meeting_cycle_aud_id (id)
);

insert into meeting_cycle_aud (id, commune_id, kind, council_session, title, starts_on, ends_on, created_at, rev, revtype)
    select id, commune_id, kind, council_session, title, starts_on, ends_on, created_at, @baseline, 0 from meeting_cycle;

create table petition_aud (
    id bigint not null,
    commune_id bigint,
    tracking_code varchar(24),
    channel varchar(20),
    kind varchar(20),
    status varchar(20),
    competence varchar(20),
    content text,
    category_id bigint,
    village_id bigint,
    meeting_id bigint,
    cycle_id bigint,
    received_on date,
    due_on date,
    deadline_on date,
    anonymous boolean,
    petitioner_name varchar(150),
    petitioner_phone varchar(30),
    petitioner_address varchar(300),
    petitioner_email varchar(150),
    language varchar(60),
    interpreter_used boolean,
    recurrence_of_id bigint,
    times_raised int,
    submission_key varchar(64),
    created_by varchar(60),
    created_at datetime(3),
    updated_at datetime(3),
    answer_text text,
    answer_result varchar(20),
    expected_on date,
    answered_on date,
    satisfaction varchar(20),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_petition_aud_rev foreign key (rev) references audit_revision (id),
    index ix_petition_aud_id (id)
);

insert into petition_aud (id, commune_id, tracking_code, channel, kind, status, competence, content, category_id, village_id, meeting_id, cycle_id, received_on, due_on, deadline_on, anonymous, petitioner_name, petitioner_phone, petitioner_address, petitioner_email, language, interpreter_used, recurrence_of_id, times_raised, submission_key, created_by, created_at, updated_at, answer_text, answer_result, expected_on, answered_on, satisfaction, rev, revtype)
    select id, commune_id, tracking_code, channel, kind, status, competence, content, category_id, village_id, meeting_id, cycle_id, received_on, due_on, deadline_on, anonymous, petitioner_name, petitioner_phone, petitioner_address, petitioner_email, language, interpreter_used, recurrence_of_id, times_raised, submission_key, created_by, created_at, updated_at, answer_text, answer_result, expected_on, answered_on, satisfaction, @baseline, 0 from petition;

create table petition_transition_aud (
    id bigint not null,
    petition_id bigint,
    from_status varchar(20),
    to_status varchar(20),
    reason varchar(4000),
    changed_by varchar(60),
    changed_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_petition_transition_aud_rev foreign key (rev) references audit_revision (id),
    index ix_petition_transition_aud_id (id),
    index ix_petition_transition_aud_petition_id (petition_id)
);

insert into petition_transition_aud (id, petition_id, from_status, to_status, reason, changed_by, changed_at, rev, revtype)
    select id, petition_id, from_status, to_status, reason, changed_by, changed_at, @baseline, 0 from petition_transition;

create table stored_file_aud (
    id bigint not null,
    commune_id bigint,
    petition_id bigint,
    meeting_id bigint,
    file_name varchar(200),
    content_type varchar(100),
    size_bytes bigint,
    sha256 char(64),
    storage_key varchar(80),
    uploaded_by varchar(60),
    uploaded_at datetime(3),
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_stored_file_aud_rev foreign key (rev) references audit_revision (id),
    index ix_stored_file_aud_id (id),
    index ix_stored_file_aud_petition_id (petition_id)
);

insert into stored_file_aud (id, commune_id, petition_id, meeting_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at, rev, revtype)
    select id, commune_id, petition_id, meeting_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at, @baseline, 0 from stored_file;

create table village_aud (
    id bigint not null,
    commune_id bigint,
    name varchar(150),
    kind varchar(20),
    head_name varchar(150),
    active boolean,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, id),
    constraint fk_village_aud_rev foreign key (rev) references audit_revision (id),
    index ix_village_aud_id (id)
);

insert into village_aud (id, commune_id, name, kind, head_name, active, rev, revtype)
    select id, commune_id, name, kind, head_name, active, @baseline, 0 from village;

create table app_user_role_aud (
    user_id bigint not null,
    role varchar(20) not null,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, user_id, role),
    constraint fk_app_user_role_aud_rev foreign key (rev) references audit_revision (id),
    index ix_app_user_role_aud_user_id (user_id)
);

insert into app_user_role_aud (user_id, role, rev, revtype)
    select user_id, role, @baseline, 0 from app_user_role;

create table meeting_village_aud (
    meeting_id bigint not null,
    village_id bigint not null,
    rev bigint not null,
    revtype tinyint,
    primary key (rev, meeting_id, village_id),
    constraint fk_meeting_village_aud_rev foreign key (rev) references audit_revision (id),
    index ix_meeting_village_aud_meeting_id (meeting_id)
);

insert into meeting_village_aud (meeting_id, village_id, rev, revtype)
    select meeting_id, village_id, @baseline, 0 from meeting_village;
