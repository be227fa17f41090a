package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Labels;
import vn.dannguyen.citizen.PublicLookupPage;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.fixture.FixtureClient;
import vn.dannguyen.fixture.FixtureClient.Recorded;
import vn.dannguyen.petition.PetitionViewPage;
import vn.dannguyen.shared.CommuneClock;

/**
 * In the browser: the leader forwards a petition to the province by letter, the clerk records the
 * province's reply, the leader passes it on to the voter; an officer records progress with evidence and
 * a roadmap on work that takes months, and the voter follows that roadmap on the public lookup.
 */
class ProgressBrowserIT extends BrowserTest {

    private static final String REPLY = "Cầu đã có trong kế hoạch đầu tư công trung hạn, khởi công quý II/2027.";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Tiến Độ Tỉnh");

    @Test
    void theLeaderForwardsTheClerkRecordsTheReplyAndTheVoterIsAnswered() throws Exception {
        Recorded bridge = commune.server().petition(commune.staff(), "Đề nghị tỉnh đầu tư cầu qua sông Cầu", "CONSTRUCT");

        signInAs(commune.leader());
        PetitionViewPage page = PetitionViewPage.open(browser, base.toString(), bridge.id())
                .forward("Sở Xây dựng tỉnh Bắc Ninh", "125/UBND-KT", today());
        assertEquals(Labels.vi("petition.status.FORWARDED"), page.status(), page.messages());
        assertTrue(page.forwarding().contains(Labels.vi("task.forward.waiting")), page.forwarding());
        assertTrue(page.forwarding().contains("125/UBND-KT"), page.forwarding());
        browser.screenshot("leader-forwarded-waiting");

        signInAs(commune.staff());
        page = PetitionViewPage.open(browser, base.toString(), bridge.id()).recordProvinceReply("88/SXD-QLXD", today(), REPLY);
        assertTrue(page.forwarding().contains(Labels.viPrefix("task.forward.reply")), page.messages() + page.forwarding());
        browser.screenshot("clerk-province-reply");

        signInAs(commune.leader());
        page = PetitionViewPage.open(browser, base.toString(), bridge.id());
        assertEquals(REPLY, page.draftAnswer(), "the reply is the draft answer");
        page.answer(Labels.vi("task.answerResult.IN_PROGRESS"), today().plusMonths(8));
        assertEquals(Labels.vi("petition.status.ANSWERED"), page.status(), page.messages());
        browser.screenshot("leader-answered-forwarded");

        assertEquals("ANSWERED", DatabaseClient.single("select status from petition where id = ?", bridge.id()));
        assertEquals("88/SXD-QLXD", DatabaseClient.single("select reply_letter_no from forwarding where petition_id = ?", bridge.id()));
    }

    @Test
    void theOfficerRecordsProgressWithEvidenceAndARoadmap() throws Exception {
        Recorded houses = assignedPetition();
        Path evidence = Files.createTempDirectory("evidence").resolve("bien-ban-khao-sat.pdf");
        Files.write(evidence, PDF);
        try {
            signInAs(commune.officer());
            PetitionViewPage page = PetitionViewPage.open(browser, base.toString(), houses.id())
                    .addRoadmapStep(today().plusMonths(2), "Khởi công 50 nhà đầu tiên");
            assertTrue(page.roadmap().contains("Khởi công 50 nhà đầu tiên"), page.messages() + page.roadmap());

            page.addProgressNote("Đã khảo sát 104 hộ, lập danh sách và dự toán", 20, evidence);
            String notes = page.progressNotes();
            assertTrue(notes.contains("Đã khảo sát 104 hộ"), page.messages() + notes);
            assertTrue(notes.contains("bien-ban-khao-sat.pdf"), notes);
            assertTrue(notes.contains("20 %"), notes);
            browser.screenshot("officer-progress-roadmap");
        } finally {
            Files.deleteIfExists(evidence);
            Files.deleteIfExists(evidence.getParent());
        }
        assertEquals(1L, ((Number) DatabaseClient.single("select count(*) from stored_file f join progress_note n on n.id = f.note_id"
                + " where n.petition_id = ?", houses.id())).longValue());
    }

    @Test
    void theVoterFollowsTheRoadmapOfWorkUnderWayOnThePublicLookup() throws Exception {
        FixtureClient server = commune.server();
        Recorded houses = assignedPetition();
        server.roadmapStep(commune.officer(), houses.id(), today().plusMonths(2), "Khởi công 50 nhà đầu tiên");
        server.start(commune.officer(), houses.id());
        server.answer(commune.leader(), houses.id(), "Chương trình thay 104 nhà tạm đang thực hiện theo lộ trình, hoàn thành trong năm sau.",
                "IN_PROGRESS", today().plusMonths(10));

        browser.signOutAndForget();
        PublicLookupPage lookup = PublicLookupPage.lookUp(browser, base.toString(), houses.trackingCode());
        assertTrue(lookup.roadmap().contains("Khởi công 50 nhà đầu tiên"), lookup.roadmap());
        assertEquals(Labels.vi("task.answerResult.IN_PROGRESS"), lookup.answerResult());
        browser.screenshot("public-lookup-roadmap");
    }

    /** Work that takes months, given to the officer. */
    private Recorded assignedPetition() {
        Recorded houses = commune.server().petition(commune.staff(), "Thay thế 104 nhà tạm của hộ nghèo", "CONSTRUCT");
        commune.server().assign(commune.leader(), houses.id(), commune.department(), commune.officerId(), today().plusDays(60));
        return houses;
    }

    private static LocalDate today() {
        return LocalDate.now(CommuneClock.ZONE);
    }
}
