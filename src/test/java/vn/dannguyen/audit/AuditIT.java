package vn.dannguyen.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.audit.AuditVerification.Problem;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskService;

/**
 * History and tamper evidence on the real server and MariaDB: Envers keeps every change with who and when,
 * the auditor's timeline shows field differences, and every kind of tampering with stored audit rows is found.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers().addClass(EnversHistoryTables.class);
    }

    @Inject
    PetitionService petitions;

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    AuditHistoryService history;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditSealTimer sealer;

    @Inject
    AuditLog auditLog;

    @Inject
    EnversHistoryTables envers;

    @Inject
    TestData testData;

    private long commune;
    private long department;
    private String staff;
    private String leader;
    private String officer;
    private String auditor;
    private long category;

    @BeforeEach
    void makeCommune() {
        commune = testData.commune("Xã Kiểm Thử Lịch Sử");
        department = testData.department(commune, "Phòng Văn hóa - Xã hội");
        staff = testData.user(commune, false, Role.STAFF);
        leader = testData.user(commune, false, Role.LEADER);
        officer = testData.user(commune, false, Role.STAFF);
        auditor = testData.user(commune, false, Role.AUDITOR);
        category = testData.category("TRAFFIC");
    }

    @AfterEach
    void removeCommune() {
        testData.removeCommune(commune);
    }

    @Test
    void theAuditorSeesTheCompleteTimelineOfAPetitionWithFieldDifferences() throws Exception {
        long id = answeredPetition("Ùn tắc giao thông đường thôn Ngô Sơn giờ tan học");

        List<TimelineEntry> timeline = Callers.as(auditor, () -> history.timeline(id), "AUDITOR");

        TimelineEntry created = timeline.get(0);
        assertEquals("Petition", created.record());
        assertEquals("ADD", created.action());
        assertEquals(staff, created.username());
        assertTrue(created.changes().stream().anyMatch(c -> c.field().equals("content")
                && c.before() == null && "Ùn tắc giao thông đường thôn Ngô Sơn giờ tan học".equals(c.after())));

        assertTrue(timeline.stream().anyMatch(e -> e.record().equals("Assignment") && e.action().equals("ADD")
                && e.username().equals(leader)), "the assignment is in the history");
        TimelineEntry answered = timeline.stream().filter(e -> e.record().equals("Petition") && e.changes().stream()
                .anyMatch(c -> c.field().equals("answerText"))).findFirst().orElseThrow();
        assertEquals(leader, answered.username());
        FieldChange status = answered.changes().stream().filter(c -> c.field().equals("status")).findFirst().orElseThrow();
        assertEquals(PetitionStatus.EXPLAINED, status.before());
        assertEquals(PetitionStatus.ANSWERED, status.after());
        assertTrue(answered.changes().stream().anyMatch(c -> c.field().equals("answerResult") && c.after() == AnswerResult.EXPLAINED));
        assertEquals(4, timeline.stream().filter(e -> e.record().equals("PetitionTransition")).count(),
                "assigned, in progress, explained, answered");
        assertTrue(timeline.stream().anyMatch(e -> e.record().equals("PetitionTransition") && e.username().equals(officer)),
                "the officer's own steps carry the officer's name");
    }

    @Test
    void theHistoryIsSearchedByUserAndByPetitionAndOtherCommunesStayHidden() throws Exception {
        long id = answeredPetition("Sạt lở đất do khai thác đá trái phép");
        String code = (String) testData.single("select tracking_code from petition where id = ?1", id);
        HistoryFilter byPetition = new HistoryFilter();
        byPetition.setTrackingCode(code);
        List<HistoryRow> rows = Callers.as(auditor, () -> history.search(byPetition), "AUDITOR");
        assertTrue(rows.stream().anyMatch(r -> r.record().equals("Petition") && r.action().equals("ADD")));
        assertTrue(rows.stream().allMatch(r -> r.petitionId() == id));

        HistoryFilter byLeader = new HistoryFilter();
        byLeader.setUsername(leader);
        byLeader.setFrom(LocalDate.now(CommuneClock.ZONE));
        assertTrue(Callers.as(auditor, () -> history.search(byLeader), "AUDITOR").stream()
                .allMatch(r -> r.username().equals(leader)));

        long otherCommune = testData.commune("Xã Khác Kiểm Thử");
        try {
            String otherAuditor = testData.user(otherCommune, false, Role.AUDITOR);
            assertTrue(Callers.as(otherAuditor, () -> history.search(byPetition), "AUDITOR").isEmpty(),
                    "an auditor of another commune finds nothing of this one");
            assertThrows(BusinessException.class, () -> Callers.as(otherAuditor, () -> history.timeline(id), "AUDITOR"));
        } finally {
            testData.removeCommune(otherCommune);
        }
        assertThrows(EJBAccessException.class, () -> Callers.as(staff, () -> history.timeline(id), "STAFF"),
                "only auditors read the history");
    }

    /** The auditor's search reads every history table Envers writes, under the name Envers gives it. */
    @Test
    void theSearchCoversEveryEntityEnversAudits() {
        Map<String, String> listed = new TreeMap<>();
        AuditedTable.ALL.forEach(table -> listed.put(table.entity(), table.table()));
        assertEquals(envers.audited(), listed);
    }

    @Test
    void everyKindOfTamperingWithStoredAuditRowsIsDetected() throws Exception {
        long id = answeredPetition("Nạo vét lòng sông Cầu đoạn qua thôn Đông");
        auditLog.record(AuditEventKind.PERSONAL_DATA_VIEWED, staff, id, "test", null);
        sealer.sealAll();
        assertTrue(check().intact(), check().summary());

        // 1. The content of a history row is changed.
        long revision = ((Number) testData.single("select min(rev) from petition_aud where id = ?1", id)).longValue();
        String original = (String) testData.single("select content from petition_aud where id = ?1 and rev = ?2", id, revision);
        testData.execute("update petition_aud set content = 'Nội dung đã bị sửa' where id = ?1 and rev = ?2", id, revision);
        assertBroken(Problem.RECORD_CHANGED, AuditRecords.REVISION, revision);
        testData.execute("update petition_aud set content = ?1 where id = ?2 and rev = ?3", original, id, revision);
        assertTrue(check().intact());

        // 2. Who made a revision is changed.
        testData.execute("update audit_revision set username = 'someone-else' where id = ?1", revision);
        assertBroken(Problem.RECORD_CHANGED, AuditRecords.REVISION, revision);
        testData.execute("update audit_revision set username = ?1 where id = ?2", staff, revision);
        assertTrue(check().intact());

        // 3. An audit event is deleted.
        long event = ((Number) testData.single("select max(id) from audit_event where petition_id = ?1", id)).longValue();
        Object[] row = (Object[]) testData.single("select id, occurred_at, username, kind, petition_id, subject, detail,"
                + " ip_address, sealed_at from audit_event where id = ?1", event);
        testData.execute("delete from audit_event where id = ?1", event);
        assertBroken(Problem.RECORD_MISSING, AuditRecords.EVENT, event);
        testData.execute("insert into audit_event (id, occurred_at, username, kind, petition_id, subject, detail, ip_address,"
                + " sealed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", row);
        assertTrue(check().intact());

        // 4. Two links are swapped (reordered).
        long last = ((Number) testData.single("select max(seq) from audit_seal")).longValue();
        swapLinks(last - 1, last);
        AuditVerification reordered = check();
        assertEquals(Problem.LINK_BROKEN, reordered.problem());
        assertEquals(last - 1, reordered.brokenSeq());
        swapLinks(last - 1, last);
        assertTrue(check().intact());

        // 5. The newest link is deleted: the chain in the database is cut short of the anchor outside it.
        Object[] link = (Object[]) testData.single("select seq, kind, ref_id, row_hash, chain_hash, sealed_at from audit_seal"
                + " where seq = ?1", last);
        testData.execute("delete from audit_seal where seq = ?1", last);
        AuditVerification cut = check();
        assertEquals(Problem.ANCHOR_MISMATCH, cut.problem(), cut.summary());
        assertEquals(last, cut.brokenSeq());
        testData.execute("insert into audit_seal (seq, kind, ref_id, row_hash, chain_hash, sealed_at) values (?1, ?2, ?3, ?4, ?5, ?6)", link);
        assertTrue(check().intact());

        // 6. A forged event is slipped in, marked as sealed.
        testData.execute("insert into audit_event (occurred_at, username, kind, subject, sealed_at)"
                + " values (now(3), 'forger', 'SIGN_IN', 'forged', now(3))");
        long forged = ((Number) testData.single("select max(id) from audit_event where username = 'forger'")).longValue();
        AuditVerification inserted = check();
        assertEquals(Problem.RECORD_INSERTED, inserted.problem());
        assertEquals(forged, inserted.refId());
        testData.execute("delete from audit_event where id = ?1", forged);

        AuditVerification end = Callers.as(auditor, () -> verifier.verify(), "AUDITOR");
        assertTrue(end.intact(), end.summary());
        assertFalse(end.checkedLinks() == 0);
    }

    private AuditVerification check() throws Exception {
        return Callers.as(auditor, () -> verifier.check(), "AUDITOR");
    }

    private void assertBroken(Problem problem, char kind, long refId) throws Exception {
        AuditVerification result = check();
        assertFalse(result.intact());
        assertEquals(problem, result.problem(), result.summary());
        assertEquals(kind, result.kind());
        assertEquals(refId, result.refId());
        long seq = ((Number) testData.single("select seq from audit_seal where kind = ?1 and ref_id = ?2",
                String.valueOf(kind), refId)).longValue();
        assertEquals(seq, result.brokenSeq(), "the first broken link is the tampered record's");
    }

    private void swapLinks(long a, long b) {
        testData.execute("update audit_seal set seq = -1 where seq = ?1", a);
        testData.execute("update audit_seal set seq = ?1 where seq = ?2", a, b);
        testData.execute("update audit_seal set seq = ?1 where seq = -1", b);
    }

    /** A petition taken from intake through assignment and work to an answer, by three different people. */
    private long answeredPetition(String content) throws Exception {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setContent(content);
        petition.setCategoryId(category);
        petition.setAnonymous(false);
        petition.setPetitionerName("Trần Văn Bình");
        petition.setPetitionerPhone("0912345678");
        petition.setSubmissionKey(UUID.randomUUID().toString());
        long id = Callers.as(staff, () -> petitions.record(petition, null), "STAFF").getId();
        long officerId = testData.userId(officer);
        Callers.as(leader, () -> tasks.assign(List.of(seen(id)), department, officerId, null, "Kiểm tra, báo cáo"), "LEADER");
        Callers.as(officer, () -> { tasks.act(seen(id), WorkflowAction.START, null); return null; }, "STAFF");
        Callers.as(officer, () -> { tasks.act(seen(id), WorkflowAction.EXPLAIN, "Thuộc kế hoạch năm 2027"); return null; }, "STAFF");
        Callers.as(leader, () -> { tasks.answer(seen(id), "Đã đưa vào kế hoạch năm 2027.", AnswerResult.EXPLAINED, null); return null; },
                "LEADER");
        return id;
    }

    private Seen seen(long id) throws Exception {
        return new Seen(id, Callers.as(leader, () -> taskQueries.row(id), "LEADER").version());
    }
}
