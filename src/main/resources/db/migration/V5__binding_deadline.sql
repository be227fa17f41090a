-- The deadline that binds a petition now: the one set on its current assignment, else the legal one.
-- Overdue lists, filters, search and reminders all read this one column, so they always agree.
ALTER TABLE petition
    ADD COLUMN deadline_on DATE NULL AFTER due_on,
    ADD KEY ix_petition_commune_deadline (commune_id, deadline_on, id);

UPDATE petition p SET p.deadline_on = coalesce(
    (SELECT a.due_on FROM assignment a WHERE a.petition_id = p.id AND a.ended_at IS NULL LIMIT 1), p.due_on);
