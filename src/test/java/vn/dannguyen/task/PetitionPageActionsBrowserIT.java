package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Labels;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.fixture.FixtureClient.Recorded;
import vn.dannguyen.petition.PetitionViewPage;
import vn.dannguyen.shared.CommuneClock;

/** What the petition page offers follows each step at once, and a classification can be corrected there. */
class PetitionPageActionsBrowserIT extends BrowserTest {

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Trang Thao Tác");

    @Test
    void aClosedPetitionNoLongerOffersProgressWithoutAReload() {
        Recorded road = commune.server().petition(commune.staff(), "Đề nghị sửa đường liên thôn bị ách tắc", "TRAFFIC");
        commune.server().assign(commune.leader(), road.id(), commune.department(), commune.officerId(), today().plusDays(20));
        commune.server().start(commune.officer(), road.id());
        commune.server().answer(commune.leader(), road.id(), "Đã sửa xong đoạn đường.", "RESOLVED", null);

        signInAs(commune.leader());
        PetitionViewPage page = PetitionViewPage.open(browser, base.toString(), road.id());
        assertTrue(page.offersProgress(), "an answered petition is still in work");
        page.step("close");
        assertEquals(Labels.vi("petition.status.CLOSED"), page.status(), page.messages());
        assertFalse(page.offersProgress(), "closed: no progress notes, evidence or roadmap steps offered");
        assertFalse(page.offersReclassification(), "nor a correction of its classification");
        browser.screenshot("petition-closed-no-stale-actions");
    }

    @Test
    void aClerkCorrectsTheClassificationWithAReason() throws Exception {
        Recorded dispute = commune.server().petition(commune.staff(), "Tranh chấp ranh giới đất giữa hai hộ thôn Lăng Khê", "TRAFFIC");

        signInAs(commune.staff());
        PetitionViewPage page = PetitionViewPage.open(browser, base.toString(), dispute.id())
                .reclassify("Đất đai", Labels.vi("petition.competence.COMMUNE"), Labels.vi("petition.kind.COMPLAINT"),
                        "Thực chất là tranh chấp đất, cần hòa giải");
        assertTrue(page.messages().contains(Labels.vi("task.reclassify.done")), page.messages());
        assertTrue(page.overview().contains("Đất đai"), page.overview());
        assertTrue(page.history().contains("Thực chất là tranh chấp đất"), page.history());
        assertEquals("COMPLAINT", DatabaseClient.single("select kind from petition where id = ?", dispute.id()));
        browser.screenshot("petition-reclassified");
    }

    @Test
    void assigningWithNothingTickedSaysSo() {
        commune.server().petition(commune.staff(), "Đề nghị nạo vét mương nội đồng", "IRRIGATION");
        signInAs(commune.leader());
        LeaderTasksPage tasks = LeaderTasksPage.open(browser, base.toString());
        assertFalse(tasks.pressAssign(), "no dialog for nothing");
        assertTrue(tasks.messages().contains(Labels.vi("task.error.nothingSelected")), tasks.messages());
    }

    private static LocalDate today() {
        return LocalDate.now(CommuneClock.ZONE);
    }
}
