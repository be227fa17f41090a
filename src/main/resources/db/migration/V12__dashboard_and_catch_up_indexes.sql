-- The leader dashboard, narrowed (BENCHMARKS.md, issue 6).
--
-- 1. Its overdue and due-soon lists ask only for the petitions still running (not answered, not closed) whose
--    deadline has passed or falls within three days (TaskService.pressingPetitions). This index finds them
--    by status and deadline without reading the commune's other petitions. The list page's status filter
--    keeps ix_petition_commune_status (commune_id, status, received_on, id): it is the one that also gives
--    the list's order, and EXPLAIN of the list queries is unchanged with this index present.
-- 2. The count by category: V11's (commune_id, village_id) index is extended by category_id, so both the count
--    by village and the count by category read only this index. An index starting (commune_id, category_id)
--    was tried before and withdrawn (V11): MariaDB then started the list's join from the categories and
--    sorted the whole commune. With village_id in between, the index offers no lookup by category, so the
--    list's plan stays as it was.
-- 3. updated_at: at start-up SearchIndexCheck indexes again the petitions changed shortly before the latest
--    change (the search index is committed to disk about once a second, see persistence.xml); this index lets
--    it find them without reading the table.
alter table petition
    add index ix_petition_updated (updated_at),
    add index ix_petition_commune_status_deadline (commune_id, status, deadline_on),
    add index ix_petition_commune_village_category (commune_id, village_id, category_id),
    drop index ix_petition_commune_village;
