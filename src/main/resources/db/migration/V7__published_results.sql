-- A cycle's results, once the leader publishes them, are shown on the public page (DOMAIN: posted 30 days at least).
alter table meeting_cycle
    add column results_published_at datetime(3),
    add column results_published_by varchar(60);
alter table meeting_cycle_aud
    add column results_published_at datetime(3),
    add column results_published_by varchar(60);
create index ix_meeting_cycle_published on meeting_cycle (results_published_at);
