package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

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
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFixtures;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/** Forwarding to the province and its reply, progress notes with evidence, and the roadmap of long work. */
@ExtendWith(ArquillianExtension.class)
class TaskProgressIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    TaskProgressService progress;

    @Inject
    PetitionService petitions;

    @Inject
    TestData testData;

    private long commune;
    private long otherCommune;
    private long department;
    private String staff;
    private String officer;
    private String colleague;
    private String leader;
    private String otherLeader;
    private long category;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Tiến Độ");

    @BeforeEach
    void makeCommune() {
        commune = fixture.id();
        otherCommune = testData.commune("Xã Kiểm Thử Bên Cạnh");
        department = fixture.department();
        staff = fixture.staff();
        officer = fixture.officer();
        colleague = testData.user(commune, false, Role.STAFF);
        leader = fixture.leader();
        otherLeader = testData.user(otherCommune, false, Role.LEADER);
        category = testData.category("CONSTRUCT");
    }

    @AfterEach
    void removeTheOtherCommune() {
        testData.removeCommune(otherCommune);
    }

    @Test
    void aForwardedPetitionWaitsForTheProvinceWhoseReplyIsPassedOnToTheVoter() throws Exception {
        long id = record("Đề nghị tỉnh đầu tư cầu qua sông Cầu nối hai thôn").getId();
        LocalDate today = LocalDate.now(CommuneClock.ZONE);

        BusinessException noLetter = assertThrows(BusinessException.class, () -> leader(() -> {
            tasks.forward(seen(id), "Sở Xây dựng", " ", today, null);
            return null;
        }));
        assertEquals("task.error.letterRequired", noLetter.getMessageKey());
        BusinessException future = assertThrows(BusinessException.class, () -> leader(() -> {
            tasks.forward(seen(id), "Sở Xây dựng", "125/UBND-KT", today.plusDays(1), null);
            return null;
        }));
        assertEquals("task.error.letterDate", future.getMessageKey());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> Callers.as(staff, () -> {
            tasks.forward(seen(id), "Sở Xây dựng", "125/UBND-KT", today, null);
            return null;
        }, "STAFF"), "only leaders sign forwarding letters");

        leader(() -> {
            tasks.forward(seen(id), "Sở Xây dựng tỉnh Bắc Ninh", "125/UBND-KT", today, "Công trình do tỉnh quản lý");
            return null;
        });
        assertEquals("FORWARDED", testData.single("select status from petition where id = ?1", id));
        assertEquals("PROVINCE", testData.single("select competence from petition where id = ?1", id));
        Forwarding sent = leader(() -> taskQueries.forwardings(id)).get(0);
        assertTrue(sent.isWaiting());
        assertEquals("125/UBND-KT", sent.getLetterNo());

        // While waiting, the voter cannot be answered with the commune's own words: the service refuses it,
        // whatever a page offers.
        BusinessException answerEarly = assertThrows(BusinessException.class, () -> leader(() -> {
            tasks.answer(seen(id), "Xã sẽ tự sửa cầu", AnswerResult.RESOLVED, null);
            return null;
        }));
        assertEquals("task.error.awaitingProvince", answerEarly.getMessageKey());
        assertEquals("FORWARDED", testData.single("select status from petition where id = ?1", id));
        BusinessException replyBeforeLetter = assertThrows(BusinessException.class, () -> leader(() -> {
            tasks.recordProvinceReply(seen(id), "88/SXD", today.minusDays(400), "Sẽ đầu tư năm 2027");
            return null;
        }));
        assertEquals("task.error.replyDate", replyBeforeLetter.getMessageKey());

        long versionBefore = seen(id).version();
        Callers.as(staff, () -> {
            tasks.recordProvinceReply(seen(id), "88/SXD-QLXD", today, "Cầu đã có trong kế hoạch đầu tư công trung hạn, khởi công quý II/2027.");
            return null;
        }, "STAFF");
        assertTrue(seen(id).version() > versionBefore, "the reply is a change of the petition others see");
        Forwarding replied = leader(() -> taskQueries.forwardings(id)).get(0);
        assertFalse(replied.isWaiting());
        assertEquals(staff, replied.getReplyRecordedBy());
        BusinessException twice = assertThrows(BusinessException.class, () -> leader(() -> {
            tasks.recordProvinceReply(seen(id), "89/SXD", today, "Lần hai");
            return null;
        }));
        assertEquals("task.error.notForwarded", twice.getMessageKey());

        leader(() -> {
            tasks.answer(seen(id), replied.getReplyText(), AnswerResult.IN_PROGRESS, today.plusMonths(8));
            return null;
        });
        List<PetitionStatus> path = leader(() -> taskQueries.history(id)).stream().map(PetitionTransition::getToStatus).toList();
        assertEquals(List.of(PetitionStatus.FORWARDED, PetitionStatus.FORWARDED, PetitionStatus.ANSWERED), path);
        assertTrue(leader(() -> taskQueries.history(id)).get(0).getReason().contains("125/UBND-KT"));
        assertEquals(2L, count("select count(*) from forwarding_aud where id = ?1", sent.getId()),
                "the letter and its reply are both in the history");
    }

    @Test
    void theHolderRecordsProgressWithEvidenceAndABadFileLosesNothingButIsRefused() throws Exception {
        long id = record("Sửa chữa 104 nhà tạm cho hộ nghèo").getId();
        long officerId = testData.userId(officer);
        leader(() -> tasks.assign(List.of(seen(id)), department, officerId, null, null));

        BusinessException badFile = assertThrows(BusinessException.class, () -> Callers.as(officer,
                () -> progress.addNote(id, "Đã khảo sát 104 hộ", 10, List.of(TestUploads.of("bien-ban.pdf", HTML))), "STAFF"));
        assertEquals("attachment.error.type", badFile.getMessageKey());
        assertEquals(0L, count("select count(*) from progress_note where petition_id = ?1", id), "a refused file refuses the note");

        BusinessException notHolder = assertThrows(BusinessException.class, () -> Callers.as(colleague,
                () -> progress.addNote(id, "Không phải việc của tôi", null, List.of()), "STAFF"));
        assertEquals("task.error.notYours", notHolder.getMessageKey());
        BusinessException percent = assertThrows(BusinessException.class, () -> Callers.as(officer,
                () -> progress.addNote(id, "Quá trăm phần trăm", 120, List.of()), "STAFF"));
        assertEquals("task.error.percent", percent.getMessageKey());
        BusinessException otherCommuneNote = assertThrows(BusinessException.class, () -> Callers.as(otherLeader,
                () -> progress.addNote(id, "Xã khác", null, List.of()), "LEADER"));
        assertEquals("petition.error.notFound", otherCommuneNote.getMessageKey());

        Callers.as(officer, () -> progress.addNote(id, "Đã khảo sát 104 hộ, lập danh sách", 20,
                List.of(TestUploads.of("danh-sach-104-ho.pdf", PDF), TestUploads.of("bien-ban-khao-sat.pdf", PDF))), "STAFF");
        Callers.as(officer, () -> progress.addNote(id, "Đã khởi công 40 nhà", 40, List.of()), "STAFF");

        List<TaskProgressService.NoteWithEvidence> notes = leader(() -> progress.notes(id));
        assertEquals(2, notes.size());
        assertEquals("Đã khởi công 40 nhà", notes.get(0).note().getNote(), "newest first");
        assertEquals(2, notes.get(1).evidence().size());
        assertEquals(officer, notes.get(1).note().getWrittenBy());
        assertEquals(2L, count("select count(*) from stored_file where petition_id = ?1 and note_id is not null", id));
        assertEquals(2L, count("select count(*) from progress_note_aud a join progress_note n on n.id = a.id where n.petition_id = ?1", id));
    }

    @Test
    void longWorkHasARoadmapWhoseStepsAreMarkedDoneOnceAndNeverOverwritten() throws Exception {
        long id = record("Thay thế 104 nhà tạm trước ngày 30/8").getId();
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        BusinessException notYet = assertThrows(BusinessException.class, () -> leader(() -> progress.addStep(id, today, "Khảo sát")));
        assertEquals("task.error.notInWork", notYet.getMessageKey(), "a roadmap belongs to work that was assigned");

        long officerId = testData.userId(officer);
        leader(() -> tasks.assign(List.of(seen(id)), department, officerId, null, null));
        RoadmapStep survey = Callers.as(officer, () -> progress.addStep(id, today, "Khảo sát, lập danh sách hộ"), "STAFF");
        Callers.as(officer, () -> progress.addStep(id, today.plusMonths(3), "Hoàn thành 104 nhà"), "STAFF");
        Callers.as(officer, () -> progress.addStep(id, today.plusMonths(1), "Khởi công 50 nhà đầu tiên"), "STAFF");
        BusinessException blank = assertThrows(BusinessException.class, () -> Callers.as(officer,
                () -> progress.addStep(id, today, " "), "STAFF"));
        assertEquals("task.error.stepRequired", blank.getMessageKey());

        List<RoadmapStep> roadmap = leader(() -> progress.roadmap(id));
        assertEquals(List.of("Khảo sát, lập danh sách hộ", "Khởi công 50 nhà đầu tiên", "Hoàn thành 104 nhà"),
                roadmap.stream().map(RoadmapStep::getDescription).toList(), "by planned date");

        Callers.as(officer, () -> {
            progress.markStepDone(survey.getId(), survey.getVersion(), today);
            return null;
        }, "STAFF");
        // The leader's screen still shows the step as not done: marking it again is refused, not repeated.
        assertThrows(ConcurrentEditException.class, () -> leader(() -> {
            progress.markStepDone(survey.getId(), survey.getVersion(), today);
            return null;
        }));
        assertEquals(today, leader(() -> progress.roadmap(id)).get(0).getDoneOn());
    }

    private Petition record(String content) throws Exception {
        Petition petition = PetitionFixtures.anonymous(content, category);
        return Callers.as(staff, () -> petitions.record(petition, null), "STAFF");
    }

    private Seen seen(long id) throws Exception {
        return new Seen(id, leader(() -> taskQueries.row(id)).version());
    }

    private <T> T leader(Callable<T> work) throws Exception {
        return Callers.as(leader, work, "LEADER");
    }

    private long count(String sql, Object... params) {
        return ((Number) testData.single(sql, params)).longValue();
    }
}
