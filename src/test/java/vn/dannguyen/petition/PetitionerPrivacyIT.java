package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.FieldChange;
import vn.dannguyen.audit.HistoryFilter;
import vn.dannguyen.audit.HistoryRow;
import vn.dannguyen.audit.MaskedValue;
import vn.dannguyen.audit.TimelineEntry;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Role;

/**
 * Every place a petitioner's data leaves the system goes through one rule ({@link PetitionerPrivacy}): the
 * auditor's timeline and history search, files and their names, the receipt. Each unmasked showing is recorded
 * with its petition; a masked one is not.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionerPrivacyIT {

    private static final String NAME = "Nguyễn Văn Dân";
    private static final String PHONE = "0912 345 678";
    private static final String ADDRESS = "Xóm Chùa, thôn Ngô Sơn";
    private static final String EMAIL = "nguyenvandan@example.vn";
    private static final String FILE_NAME = "Don to cao cua Nguyen Van Dan.pdf";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers().addClasses(PetitionFixtures.class);
    }

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    PetitionerPrivacy privacy;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditHistoryService history;

    @Inject
    TestData testData;

    private long commune;
    private long traffic;
    private String staff;
    private String leader;
    private String auditor;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Danh Tính");

    @BeforeEach
    void nameTheCommune() {
        commune = fixture.id();
        traffic = testData.category("TRAFFIC");
        staff = fixture.staff();
        leader = fixture.leader();
        auditor = fixture.auditor();
    }

    private Petition record(PetitionKind kind) throws Exception {
        Petition petition = PetitionFixtures.counter("Tố cáo cán bộ thu tiền trái quy định khi làm giấy tờ", traffic, null);
        petition.setKind(kind);
        petition.setPetitionerName(NAME);
        petition.setPetitionerPhone(PHONE);
        petition.setPetitionerAddress(ADDRESS);
        petition.setPetitionerEmail(EMAIL);
        return as(staff, () -> petitions.record(petition, null, List.of(TestUploads.of(FILE_NAME, PDF))));
    }

    @Test
    void theAuditorsTimelineHidesWhoRaisedAPetitionUntilTheyAskWithAReason() throws Exception {
        for (PetitionKind kind : List.of(PetitionKind.DENUNCIATION, PetitionKind.VOTER_PETITION)) {
            long id = record(kind).getId();

            List<TimelineEntry> masked = as(auditor, () -> history.timeline(id));
            String shown = everything(masked);
            for (String personal : List.of(NAME, PHONE, ADDRESS, EMAIL, FILE_NAME)) {
                assertFalse(shown.contains(personal), kind + ": the auditor's timeline shows " + personal);
            }
            FieldChange name = change(masked, "Petition", "petitionerName");
            assertEquals(MaskedValue.PERSONAL_DATA, name.after(), "the field is there, its value hidden");
            assertEquals(MaskedValue.PERSONAL_DATA, change(masked, "StoredFile", "fileName").after());
            assertEquals(0L, views(id), kind + ": a masked view is not recorded as a view of personal data");

            BusinessException noReason = assertThrows(BusinessException.class,
                    () -> as(auditor, () -> { privacy.askForInspection(id, "cần"); return null; }));
            assertEquals("petition.disclosure.error.reason", noReason.getMessage());
            assertThrows(BusinessException.class, () -> as(staff, () -> { privacy.askForInspection(id, "Thanh tra theo kế hoạch số 12"); return null; }),
                    "only auditors ask");

            String reason = "Thanh tra việc giải quyết đơn theo kế hoạch số 12/KH-TTr";
            List<TimelineEntry> disclosed = as(auditor, () -> {
                privacy.askForInspection(id, reason);
                return history.timeline(id);
            });
            assertEquals(NAME, change(disclosed, "Petition", "petitionerName").after());
            assertEquals(PHONE, change(disclosed, "Petition", "petitionerPhone").after());
            assertEquals(1L, count("select count(*) from audit_event where kind = 'IDENTITY_DISCLOSURE_ASKED' and petition_id = ?1"
                    + " and username = ?2 and detail = ?3", id, auditor, reason), "the request is recorded with its reason");
            assertEquals(1L, views(id), "the unmasked view is recorded with its petition");
        }
    }

    @Test
    void aDenunciationsFilesAndTheirNamesAreOnlyForTheLeaders() throws Exception {
        Petition denunciation = record(PetitionKind.DENUNCIATION);
        long fileId = as(leader, () -> attachments.ofPetition(denunciation.getId())).get(0).getId();

        for (String notLeader : List.of(staff, auditor)) {
            StoredFile listed = as(notLeader, () -> attachments.ofPetition(denunciation.getId())).get(0);
            assertNull(listed.getFileName(), "the service gives no name of a denunciation's file to " + notLeader);
            assertNull(listed.getId(), "nor a way to ask for it");
        }
        assertThrows(BusinessException.class, () -> as(staff, () -> attachments.findToRead(fileId)), "staff");
        assertThrows(BusinessException.class, () -> as(auditor, () -> attachments.findToRead(fileId)), "auditor");
        assertEquals(0L, views(denunciation.getId()));
        StoredFile read = as(leader, () -> attachments.findToRead(fileId));
        assertEquals(FILE_NAME, read.getFileName());
        assertEquals(1L, count("select count(*) from audit_event where kind = 'PERSONAL_DATA_VIEWED' and petition_id = ?1"
                + " and username = ?2 and detail = ?3", denunciation.getId(), leader, "file " + fileId));

        Petition ordinary = record(PetitionKind.VOTER_PETITION);
        long ordinaryFile = as(staff, () -> attachments.ofPetition(ordinary.getId())).get(0).getId();
        assertEquals(FILE_NAME, as(staff, () -> attachments.findToRead(ordinaryFile)).getFileName(), "staff know an ordinary petitioner");
        assertThrows(BusinessException.class, () -> as(auditor, () -> attachments.findToRead(ordinaryFile)), "auditors know nobody");

        HistoryFilter filter = new HistoryFilter();
        filter.setTrackingCode(denunciation.getTrackingCode());
        filter.setRecord("StoredFile");
        List<HistoryRow> rows = as(auditor, () -> history.search(filter));
        assertFalse(rows.isEmpty());
        for (HistoryRow row : rows) {
            assertTrue(row.detailHidden(), "the history search hides a petition's file names");
            assertNull(row.detail());
        }
    }

    @Test
    void aReceiptIsAViewOfThePetitionersNameRecordedWithItsPetition() throws Exception {
        Petition ordinary = record(PetitionKind.VOTER_PETITION);
        PetitionReceipt receipt = as(staff, () -> petitionQueries.receipt(ordinary.getTrackingCode(), "https://x/tra-cuu"));
        assertEquals(NAME, receipt.petitionerName());
        assertEquals(1L, views(ordinary.getId()));

        Petition denunciation = record(PetitionKind.DENUNCIATION);
        assertNull(as(leader, () -> petitionQueries.receipt(denunciation.getTrackingCode(), "https://x/tra-cuu")).petitionerName(),
                "a denouncer's name stays off paper");
        assertEquals(0L, views(denunciation.getId()));
    }

    private static FieldChange change(List<TimelineEntry> entries, String record, String field) {
        return entries.stream().filter(e -> e.record().equals(record)).flatMap(e -> e.changes().stream())
                .filter(c -> c.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError(record + "." + field));
    }

    private static String everything(List<TimelineEntry> entries) {
        StringBuilder all = new StringBuilder();
        for (TimelineEntry entry : entries) {
            all.append(entry).append('\n');
        }
        return all.toString();
    }

    private long views(long petitionId) {
        return count("select count(*) from audit_event where kind = 'PERSONAL_DATA_VIEWED' and petition_id = ?1", petitionId);
    }

    private long count(String sql, Object... params) {
        return ((Number) testData.single(sql, params)).longValue();
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        String role = user.equals(staff) ? "STAFF" : user.equals(leader) ? "LEADER" : "AUDITOR";
        return Callers.as(user, work, role);
    }
}
