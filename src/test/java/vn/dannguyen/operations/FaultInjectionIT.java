package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFixtures;
import vn.dannguyen.petition.PetitionImport;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.SheetRow;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;
import vn.dannguyen.task.TaskService;

/**
 * Failures injected in the middle of multi-step service calls leave no partial rows. The database itself
 * refuses one step (a trigger raises an error for rows carrying a marker), as a full disk, a lost connection
 * or a constraint would: the 7th of ten assignments in a signed batch, an attachment after its petition was
 * written, the history row Envers writes at commit, the third row of an import. Each time every earlier step
 * of the same call is rolled back: no petition, assignment, transition, history row, notification or
 * tracking number is left behind, and the petitions touched keep their status and version.
 */
@ExtendWith(ArquillianExtension.class)
class FaultInjectionIT {

    private static final String FAULT = "injected fault";
    private static final String ASSIGN_MARK = "FAULT#ASSIGN";
    private static final String FILE_MARK = "FAULT#FILE";
    private static final String AUDIT_MARK = "FAULT#AUDIT";
    private static final String[] TRIGGERS = {"fault_assignment", "fault_stored_file", "fault_petition_aud"};

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    PetitionService petitions;

    @Inject
    TaskService tasks;

    @Inject
    PetitionImport petitionImport;

    @Inject
    TestData testData;

    /**
     * Triggers need the administrator (binary logging is on), whose password only the client side knows; this
     * hook also runs in the server, where it does nothing.
     */
    @BeforeAll
    static void theDatabaseRefusesMarkedRows() throws Exception {
        if (System.getProperty("jboss.home.dir") != null) {
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            dropTriggers(s);
            s.execute("CREATE TRIGGER fault_assignment BEFORE INSERT ON assignment FOR EACH ROW BEGIN"
                    + " IF (SELECT content FROM petition WHERE id = NEW.petition_id) LIKE '%" + ASSIGN_MARK + "%' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + FAULT + "'; END IF; END");
            s.execute("CREATE TRIGGER fault_stored_file BEFORE INSERT ON stored_file FOR EACH ROW BEGIN"
                    + " IF NEW.file_name LIKE '%" + FILE_MARK + "%' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + FAULT + "'; END IF; END");
            s.execute("CREATE TRIGGER fault_petition_aud BEFORE INSERT ON petition_aud FOR EACH ROW BEGIN"
                    + " IF NEW.content LIKE '%" + AUDIT_MARK + "%' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + FAULT + "'; END IF; END");
        }
    }

    @Test
    void aFailureInTheMiddleOfACallLeavesNoPartialRows() throws Exception {
        long commune = testData.commune("Xã Kiểm Thử Sự Cố");
        try {
            long department = testData.department(commune, "Phòng Kinh tế");
            String staff = testData.user(commune, false, Role.STAFF);
            String officer = testData.user(commune, false, Role.STAFF);
            String leader = testData.user(commune, false, Role.LEADER);
            long officerId = testData.userId(officer);
            long category = testData.category("CONSTRUCT");
            int year = LocalDate.now(CommuneClock.ZONE).getYear();

            // A signed batch of ten; the database refuses the 7th assignment.
            List<Long> batch = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                String content = "Hỗ trợ xây nhà cho hộ nghèo số " + i + (i == 7 ? " " + ASSIGN_MARK : "");
                batch.add(Callers.as(staff, () -> petitions.record(petition(content, category), null), Role.Names.STAFF).getId());
            }
            String ids = batch.stream().map(String::valueOf).collect(Collectors.joining(","));
            String before = snapshot(ids);
            List<Seen> seen = new ArrayList<>();
            for (long id : batch) {
                seen.add(new Seen(id, version(id)));
            }
            Exception assignFailed = assertThrows(Exception.class, () -> Callers.as(leader, () -> tasks.assign(seen, department,
                    officerId, LocalDate.now(CommuneClock.ZONE).plusDays(30), "Khảo sát, lập danh sách"), Role.Names.LEADER));
            assertInjected(assignFailed);
            assertEquals(before, snapshot(ids), "status, version, assignments, transitions, history and notifications of all ten");

            // A petition with two attachments; the database refuses the second file after the petition and the first file.
            long trackingBefore = tracking(commune, year);
            Exception fileFailed = assertThrows(Exception.class, () -> Callers.as(staff, () -> petitions.record(
                    petition("Đơn kèm biên bản hiện trường sạt lở", category), null,
                    List.of(TestUploads.of("don-kien-nghi.pdf", PDF), TestUploads.of("bien-ban-" + FILE_MARK + ".pdf", PDF))), Role.Names.STAFF));
            assertInjected(fileFailed);
            assertEquals(0L, count("select count(*) from petition where content = 'Đơn kèm biên bản hiện trường sạt lở'"));
            assertEquals(0L, count("select count(*) from stored_file where commune_id = " + commune));
            assertEquals(trackingBefore, tracking(commune, year), "no tracking number used up");

            // The history row, written by Envers as the transaction commits, is refused.
            long indexedBeforeAudit = testData.indexedPetitions(commune);
            Exception auditFailed = assertThrows(Exception.class, () -> Callers.as(staff, () -> petitions.record(
                    petition("Nạo vét kênh tiêu thôn Đông " + AUDIT_MARK, category), null), Role.Names.STAFF));
            assertInjected(auditFailed);
            assertEquals(0L, count("select count(*) from petition where content like '%" + AUDIT_MARK + "%'"));
            assertEquals(0L, count("select count(*) from petition_aud where content like '%" + AUDIT_MARK + "%'"));
            assertEquals(trackingBefore, tracking(commune, year));
            assertEquals(indexedBeforeAudit, testData.indexedPetitions(commune), "its index work, queued for the commit, dropped");

            // An import whose 551st row cannot be written (in its second batch of 500, after the first batch and
            // its history rows went in): nothing of it stays, not even its revision.
            LocalDate day = LocalDate.now(CommuneClock.ZONE).minusDays(2);
            List<SheetRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 600; i++) {
                rows.add(new SheetRow(i + 2, day, "Tại quầy", "Kiến nghị cử tri", (i == 550 ? "Dọn rác bãi sông " + AUDIT_MARK
                        : "Sửa mương nội đồng xứ Đồng Sau, đoạn " + i), "Giao thông", null, "Cấp xã", null, null, null, null, "Không"));
            }
            long petitionsBefore = count("select count(*) from petition where commune_id = " + commune);
            long revisionsBefore = count("select count(*) from audit_revision where username = '" + staff + "'");
            long indexedBefore = testData.indexedPetitions(commune);
            Exception importFailed = assertThrows(Exception.class, () -> Callers.as(staff,
                    () -> petitionImport.importNow(rows, commune, staff, null, new AtomicInteger()), Role.Names.STAFF));
            assertInjected(importFailed);
            assertEquals(petitionsBefore, count("select count(*) from petition where commune_id = " + commune));
            assertEquals(0L, count("select count(*) from petition_aud where content like 'Sửa mương nội đồng xứ Đồng Sau%'"));
            assertEquals(revisionsBefore, count("select count(*) from audit_revision where username = '" + staff + "'"));
            assertEquals(trackingBefore, tracking(commune, year));
            assertEquals(indexedBefore, testData.indexedPetitions(commune), "nothing of it in the search index");

            // Without the marker the same calls go through: the faults were the only obstacle.
            Petition clean = Callers.as(staff, () -> petitions.record(petition("Đơn kèm biên bản khảo sát", category), null,
                    List.of(TestUploads.of("bien-ban.pdf", PDF))), Role.Names.STAFF);
            assertEquals(1L, count("select count(*) from stored_file where petition_id = " + clean.getId()));
        } finally {
            testData.removeCommune(commune);
        }
    }

    @AfterAll
    static void removeTriggers() throws Exception {
        if (System.getProperty("jboss.home.dir") != null) {
            return; // the in-container run of this hook: the client side removes them
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            dropTriggers(s);
        }
    }

    /** Everything a batch assignment writes about these petitions, as one comparable string. */
    private String snapshot(String ids) {
        return testData.list("select concat(p.id, ':', p.status, ':', p.version, ':', "
                + "(select count(*) from assignment a where a.petition_id = p.id), ':', "
                + "(select count(*) from petition_transition t where t.petition_id = p.id), ':', "
                + "(select count(*) from petition_aud h where h.id = p.id), ':', "
                + "(select count(*) from notification n where n.petition_id = p.id)) from petition p where p.id in (" + ids
                + ") order by p.id").toString();
    }

    private long version(long id) {
        return ((Number) testData.single("select version from petition where id = ?1", id)).longValue();
    }

    private long tracking(long commune, int year) {
        List<?> last = testData.list("select last_value from tracking_sequence where commune_id = ?1 and year = ?2", commune, year);
        return last.isEmpty() ? 0 : ((Number) last.get(0)).longValue();
    }

    private long count(String sql) {
        return ((Number) testData.single(sql)).longValue();
    }

    private static void assertInjected(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(FAULT)) {
                return;
            }
        }
        throw new AssertionError("failed, but not because of the injected fault", failure);
    }

    private static Petition petition(String content, long category) {
        return PetitionFixtures.anonymous(content, category);
    }

    private static void dropTriggers(Statement s) throws Exception {
        for (String trigger : TRIGGERS) {
            s.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.admin.user", "root"),
                System.getProperty("it.db.admin.password", ""));
    }
}
