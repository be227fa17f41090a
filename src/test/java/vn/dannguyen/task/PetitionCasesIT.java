package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

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
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.Role;

/** The petition page's one reading: what each role is shown of the voter, and where the work stands. */
@ExtendWith(ArquillianExtension.class)
class PetitionCasesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    PetitionCases cases;

    @Inject
    PetitionService petitions;

    @Inject
    TestData testData;

    private long commune;
    private String staff;
    private String leader;
    private String auditor;
    private long category;

    @BeforeEach
    void makeCommune() {
        commune = testData.commune("Xã Kiểm Thử Trang Kiến Nghị");
        staff = testData.user(commune, false, Role.STAFF);
        leader = testData.user(commune, false, Role.LEADER);
        auditor = testData.user(commune, false, Role.AUDITOR);
        category = testData.category("TRAFFIC");
    }

    @AfterEach
    void removeCommune() {
        testData.removeCommune(commune);
    }

    @Test
    void theOfficerWhoMustCallBackSeesHowToReachTheVoterAndTheAuditorDoesNot() throws Exception {
        long id = record(PetitionKind.VOTER_PETITION);
        PetitionCase seenByStaff = Callers.as(staff, () -> cases.of(id), "STAFF");
        assertEquals("Nguyễn Văn Dũng", seenByStaff.petition().petitioner());
        assertEquals("0912 345 678", seenByStaff.contact().phone());
        assertEquals("Thôn Ngô Sơn", seenByStaff.contact().address());
        assertEquals("RECEIVED", seenByStaff.task().status().name());
        assertTrue(seenByStaff.history().isEmpty());

        PetitionCase seenByAuditor = Callers.as(auditor, () -> cases.of(id), "AUDITOR");
        assertNull(seenByAuditor.petition().petitioner(), "auditors know nobody unless they ask for one petition");
        assertNull(seenByAuditor.contact());
        assertFalse(seenByAuditor.petitionerKnown());
    }

    @Test
    void aDenouncersContactIsNeverOnThePage() throws Exception {
        long id = record(PetitionKind.DENUNCIATION);
        PetitionCase seenByLeader = Callers.as(leader, () -> cases.of(id), "LEADER");
        assertEquals("Nguyễn Văn Dũng", seenByLeader.petition().petitioner(), "the leader who handles it knows who it is");
        assertNull(seenByLeader.contact());
        assertNull(Callers.as(staff, () -> cases.of(id), "STAFF").petition().petitioner());
    }

    private long record(PetitionKind kind) throws Exception {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setKind(kind);
        petition.setContent("Đường liên thôn bị ách tắc " + UUID.randomUUID());
        petition.setCategoryId(category);
        petition.setPetitionerName("Nguyễn Văn Dũng");
        petition.setPetitionerPhone("0912 345 678");
        petition.setPetitionerAddress("Thôn Ngô Sơn");
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return Callers.as(staff, () -> petitions.record(petition, null), "STAFF").getId();
    }
}
