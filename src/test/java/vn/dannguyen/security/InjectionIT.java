package vn.dannguyen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.HistoryFilter;
import vn.dannguyen.citizen.CitizenLookupService;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFilter;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Role;

/**
 * SQL, JPQL and Lucene injection attempts in every free-text input that reaches a query (the search box,
 * the auditor's filters, the public tracking code): each is answered normally, finds nothing of another
 * commune, and changes nothing in the database.
 */
@ExtendWith(ArquillianExtension.class)
class InjectionIT {

    private static final List<String> ATTEMPTS = List.of(
            "' OR '1'='1", "' OR 1=1 -- ", "\" OR \"\"=\"", "1; DROP TABLE petition; --", "'; DELETE FROM petition; --",
            "x' UNION SELECT id, tracking_code, content FROM petition -- ", "%' AND 1=0 UNION ALL SELECT null, @@version -- ",
            "1' AND SLEEP(5) -- ", "' OR p.communeId <> 0 OR '' = '", "') OR ('a'='a", "admin'/*", "%", "_", "\\", "\\'; --",
            "*:*", "content:* OR communeId:*", "ngõ AND NOT xã", "\"unterminated", "(((", "ngô~ sơn^10", "' || (select 1) || '",
            "0x27206f7220313d31", "%27%20OR%201%3D1", "'; UPDATE app_user SET password_hash = 'x'; --");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    AuditHistoryService history;

    @Inject
    CitizenLookupService lookup;

    @Inject
    TestData testData;

    private long commune;
    private long otherCommune;
    private String staff;
    private String auditor;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Tiêm Mã");

    @BeforeEach
    void makeCommunes() throws Exception {
        commune = fixture.id();
        otherCommune = testData.commune("Xã Kiểm Thử Bên Ngoài");
        staff = fixture.staff();
        auditor = fixture.auditor();
        String otherStaff = testData.user(otherCommune, false, Role.STAFF);
        long category = testData.category("OTHER");
        Callers.as(staff, () -> petitions.record(petition("Đường ngõ xóm Ngô Sơn bị ngập", category), null), "STAFF");
        Callers.as(otherStaff, () -> petitions.record(petition("Bí mật của xã bên ngoài", category), null), "STAFF");
    }

    @AfterEach
    void removeTheOtherCommune() {
        testData.removeCommune(otherCommune);
    }

    @Test
    void injectionAttemptsAreAnsweredNormallyFindNothingForeignAndChangeNothing() throws Exception {
        String before = fingerprint();
        List<String> problems = new ArrayList<>();
        for (String attempt : ATTEMPTS) {
            try {
                PetitionFilter filter = new PetitionFilter();
                filter.setText(attempt);
                List<PetitionRow> found = new ArrayList<>(Callers.as(staff, () -> petitionQueries.search(filter, 0, 50), "STAFF").rows());
                for (PetitionRow row : found) {
                    if (row.content().contains("Bí mật")) {
                        problems.add(attempt + ": found another commune's petition");
                    }
                }
                HistoryFilter auditFilter = new HistoryFilter();
                auditFilter.setUsername(attempt);
                auditFilter.setTrackingCode(attempt);
                Callers.as(auditor, () -> history.search(auditFilter), "AUDITOR");
                lookup.lookup(attempt).ifPresent(status -> problems.add(attempt + ": the public lookup found " + status));
            } catch (BusinessException refusedClearly) {
                // a clear refusal in the user's language is a fine answer too
            } catch (Exception e) {
                problems.add(attempt + ": " + e);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(before, fingerprint(), "nothing changed");
    }

    /** Counts and checksums of what an injection would most like to change. */
    private String fingerprint() {
        return testData.single("select count(*) from petition") + "/" + testData.single("select count(*) from app_user") + "/"
                + testData.single("select sum(crc32(password_hash)) from app_user") + "/"
                + testData.single("select sum(crc32(concat(id, content, status))) from petition");
    }

    private static Petition petition(String content, long category) {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setContent(content);
        petition.setCategoryId(category);
        petition.setAnonymous(true);
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return petition;
    }
}
