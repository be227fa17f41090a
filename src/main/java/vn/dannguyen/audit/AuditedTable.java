package vn.dannguyen.audit;

import java.util.List;

/**
 * An audited entity's history table as the auditor's search reads it: what identifies a row, its petition and its
 * commune (SQL over the table as {@code a}; null when the record has none), and what the search shows of it.
 * {@link #ALL} must name every {@code @Audited} entity, or its changes are missing from the search:
 * AuditedTableTest compares it with the compiled entities, AuditIT with Envers in the running server.
 */
record AuditedTable(String entity, String table, String idExpr, String petitionExpr, String communeExpr,
                    String detailExpr) {

    private static final String PETITION_COMMUNE = "(select p.commune_id from petition p where p.id = a.petition_id)";
    private static final String MEDIATION_COMMUNE = "(select c.commune_id from mediation_case c where c.id = a.case_id)";

    /** In the order the search offers them. */
    static final List<AuditedTable> ALL = List.of(
            new AuditedTable("Petition", "petition_aud", "a.id", "a.id", "a.commune_id", "a.status"),
            new AuditedTable("Assignment", "assignment_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "a.due_on"),
            new AuditedTable("PetitionTransition", "petition_transition_aud", "a.id", "a.petition_id", PETITION_COMMUNE,
                    "concat(a.from_status, ' > ', a.to_status)"),
            new AuditedTable("StoredFile", "stored_file_aud", "a.id", "a.petition_id", "a.commune_id", "a.file_name"),
            new AuditedTable("Forwarding", "forwarding_aud", "a.id", "a.petition_id", PETITION_COMMUNE,
                    "concat(a.agency, ' · ', a.letter_no)"),
            new AuditedTable("ProgressNote", "progress_note_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "left(a.note, 200)"),
            new AuditedTable("RoadmapStep", "roadmap_step_aud", "a.id", "a.petition_id", PETITION_COMMUNE, "a.description"),
            new AuditedTable("Meeting", "meeting_aud", "a.id", null, "a.commune_id", "a.place"),
            new AuditedTable("MeetingCycle", "meeting_cycle_aud", "a.id", null, "a.commune_id", "a.title"),
            new AuditedTable("Village", "village_aud", "a.id", null, "a.commune_id", "a.name"),
            new AuditedTable("Department", "department_aud", "a.id", null, "a.commune_id", "a.name"),
            new AuditedTable("Commune", "commune_aud", "a.id", null, "a.id", "a.name"),
            new AuditedTable("Category", "category_aud", "a.id", null, null, "a.name_vi"),
            new AuditedTable("AppUser", "app_user_aud", "a.id", null, "a.commune_id", "a.username"),
            new AuditedTable("DeadlineRule", "deadline_rule_aud", "concat(a.kind, '/', a.step)", null, null,
                    "concat(a.days, ' ', a.unit)"),
            new AuditedTable("CalendarException", "calendar_exception_aud", "a.day", null, null, "a.note"),
            new AuditedTable("MediationCase", "mediation_case_aud", "a.id", null, "a.commune_id", "a.status"),
            new AuditedTable("CouncilMember", "mediation_council_member_aud", "a.id", null, MEDIATION_COMMUNE, "a.full_name"),
            new AuditedTable("MediationSession", "mediation_session_aud", "a.id", null, MEDIATION_COMMUNE, "a.held_on"));
}
