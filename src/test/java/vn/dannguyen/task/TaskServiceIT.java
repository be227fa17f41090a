package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
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
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFixtures;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Seen;

/** The workflow on the real server and MariaDB: batch assignment, conflicts, the path to closing and back. */
@ExtendWith(ArquillianExtension.class)
class TaskServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    PetitionService petitions;

    @Inject
    TestData testData;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Giao Việc");

    private long commune;
    private long department;
    private String staff;
    private String officer;
    private String leader;
    private long officerId;
    private long category;

    @BeforeEach
    void nameTheCommune() {
        commune = fixture.id();
        department = fixture.department();
        staff = fixture.staff();
        officer = fixture.officer();
        leader = fixture.leader();
        officerId = fixture.officerId();
        category = testData.category("IRRIGATION");
    }

    @Test
    void aPetitionGetsItsLegalDeadlineFromItsKind() throws Exception {
        Petition complaint = petition("Khiếu nại quyết định thu hồi đất");
        complaint.setKind(PetitionKind.COMPLAINT);
        complaint.setReceivedOn(LocalDate.of(2026, 11, 2));
        Petition recorded = Callers.as(staff, () -> petitions.record(complaint, null), "STAFF");
        assertEquals(LocalDate.of(2026, 12, 2), recorded.getDueOn(), "30 calendar days from 2 November 2026");
    }

    @Test
    void tenPetitionsAreAssignedAtOnceAndTheOfficerSeesThem() throws Exception {
        List<Seen> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Petition recorded = Callers.as(staff, () -> petitions.record(petition("Hồ sơ một cửa số " + UUID.randomUUID()), null), "STAFF");
            batch.add(new Seen(recorded.getId(), recorded.getVersion()));
        }
        LocalDate due = LocalDate.now(CommuneClock.ZONE).plusDays(10);
        assertEquals(10, as(leader, () -> tasks.assign(batch, department, officerId, due, "Xử lý trong tuần")));

        List<TaskRow> mine = Callers.as(officer, () -> taskQueries.myTasks(), "STAFF");
        assertEquals(10, mine.size());
        assertEquals(due, mine.get(0).deadline());
        assertEquals("Phòng Kinh tế", mine.get(0).departmentName());
        assertEquals(10L, count("select count(*) from petition_transition t join petition p on p.id = t.petition_id"
                + " where p.commune_id = ?1 and t.to_status = 'ASSIGNED'", commune));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingInTheBatchChanges() throws Exception {
        Petition first = Callers.as(staff, () -> petitions.record(petition("Thứ nhất"), null), "STAFF");
        Petition second = Callers.as(staff, () -> petitions.record(petition("Thứ hai"), null), "STAFF");
        as(leader, () -> tasks.assign(List.of(new Seen(second.getId(), second.getVersion())), department, null, null, null));
        // The leader's screen still shows the second petition as it was before.
        assertThrows(ConcurrentEditException.class, () -> as(leader, () -> tasks.assign(List.of(
                new Seen(first.getId(), first.getVersion()), new Seen(second.getId(), second.getVersion())),
                department, officerId, null, null)));
        assertEquals("RECEIVED", testData.single("select status from petition where id = ?1", first.getId()));
        assertEquals(1L, count("select count(*) from assignment where petition_id = ?1", second.getId()));
    }

    @Test
    void theOfficerResolvesTheLeaderAnswersAndClosesAndAReopeningKeepsTheHistory() throws Exception {
        Petition recorded = Callers.as(staff, () -> petitions.record(petition("Nạo vét mương thôn Ngô Sơn"), null), "STAFF");
        long id = recorded.getId();
        as(leader, () -> tasks.assign(List.of(seen(id)), department, officerId, null, null));
        Callers.as(officer, () -> { tasks.act(seenAs(officer, id), WorkflowAction.START, null); return null; }, "STAFF");
        BusinessException noReason = assertThrows(BusinessException.class, () -> Callers.as(officer,
                () -> { tasks.act(seenAs(officer, id), WorkflowAction.RESOLVE, " "); return null; }, "STAFF"));
        assertEquals("task.error.reasonRequired", noReason.getMessageKey());
        Callers.as(officer, () -> { tasks.act(seenAs(officer, id), WorkflowAction.RESOLVE, "Đã nạo vét 300 m mương"); return null; }, "STAFF");

        BusinessException officerCloses = assertThrows(BusinessException.class, () -> Callers.as(officer,
                () -> { tasks.act(seenAs(officer, id), WorkflowAction.CLOSE, null); return null; }, "STAFF"));
        assertEquals("task.error.leaderOnly", officerCloses.getMessageKey());
        assertThrows(BusinessException.class, () -> as(leader, () -> { tasks.act(seen(id), WorkflowAction.CLOSE, null); return null; }),
                "closing before the voter is answered is an illegal step");

        as(leader, () -> { tasks.answer(seen(id), "Mương đã được nạo vét xong ngày 20/11.", AnswerResult.RESOLVED, null); return null; });
        as(leader, () -> { tasks.act(seen(id), WorkflowAction.CLOSE, null); return null; });
        as(leader, () -> { tasks.act(seen(id), WorkflowAction.REOPEN, "Cử tri phản ánh còn đoạn chưa nạo vét"); return null; });

        List<PetitionStatus> path = as(leader, () -> taskQueries.history(id)).stream().map(PetitionTransition::getToStatus).toList();
        assertEquals(List.of(PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS, PetitionStatus.RESOLVED, PetitionStatus.ANSWERED,
                PetitionStatus.CLOSED, PetitionStatus.CLASSIFIED), path);
        PetitionTransition reopened = as(leader, () -> taskQueries.history(id)).get(5);
        assertEquals(leader, reopened.getChangedBy());
        assertNotNull(reopened.getChangedAt());
        assertEquals("Mương đã được nạo vét xong ngày 20/11.", testData.single("select answer_text from petition where id = ?1", id),
                "the earlier answer stays on record");
        assertEquals("NOT_SATISFIED", testData.single("select satisfaction from petition where id = ?1", id));
    }

    @Test
    void aClerkCorrectsTheClassificationAndTheTimeLimitFollowsTheNewKind() throws Exception {
        Petition feedback = petition("Đề nghị nạo vét lòng sông Cầu đoạn qua thôn Đông Xuyên");
        feedback.setReceivedOn(LocalDate.of(2026, 11, 2));
        long id = Callers.as(staff, () -> petitions.record(feedback, null), "STAFF").getId();
        long land = testData.category("LAND");

        BusinessException noReason = assertThrows(BusinessException.class, () -> Callers.as(staff, () -> {
            tasks.reclassify(seenAs(staff, id), land, Competence.PROVINCE, PetitionKind.COMPLAINT, " ");
            return null;
        }, "STAFF"));
        assertEquals("task.error.reasonRequired", noReason.getMessageKey());
        BusinessException nothing = assertThrows(BusinessException.class, () -> Callers.as(staff, () -> {
            tasks.reclassify(seenAs(staff, id), category, Competence.COMMUNE, PetitionKind.VOTER_PETITION, "Kiểm tra");
            return null;
        }, "STAFF"));
        assertEquals("task.error.reclassifyNothing", nothing.getMessageKey());

        Callers.as(staff, () -> {
            tasks.reclassify(seenAs(staff, id), land, Competence.PROVINCE, PetitionKind.COMPLAINT, "Thực chất là khiếu nại về đất");
            return null;
        }, "STAFF");
        assertEquals("COMPLAINT", testData.single("select kind from petition where id = ?1", id));
        assertEquals("PROVINCE", testData.single("select competence from petition where id = ?1", id));
        assertEquals("2026-12-02", String.valueOf(testData.single("select due_on from petition where id = ?1", id)),
                "a complaint's 30 days from 2 November 2026, as the deadline rules say");
        PetitionTransition corrected = Callers.as(staff, () -> taskQueries.history(id), "STAFF").get(0);
        assertEquals(PetitionStatus.RECEIVED, corrected.getToStatus(), "the status stays");
        assertTrue(corrected.getReason().contains("Khiếu nại") && corrected.getReason().contains("Thực chất là khiếu nại về đất"),
                corrected.getReason());
        assertThrows(ConcurrentEditException.class, () -> Callers.as(staff, () -> {
            tasks.reclassify(new Seen(id, 0), category, Competence.COMMUNE, PetitionKind.VOTER_PETITION, "Màn hình cũ");
            return null;
        }, "STAFF"), "a change made from a stale page is refused");

        // Whether a petition is a denunciation decides who may know who raised it: a leader's decision.
        Petition denunciation = petition("Tố cáo cán bộ thôn nhận tiền hỗ trợ nhà tạm");
        denunciation.setKind(PetitionKind.DENUNCIATION);
        long secret = Callers.as(staff, () -> petitions.record(denunciation, null), "STAFF").getId();
        BusinessException staffUnmasks = assertThrows(BusinessException.class, () -> Callers.as(staff, () -> {
            tasks.reclassify(seenAs(staff, secret), category, Competence.COMMUNE, PetitionKind.FEEDBACK, "Chỉ là phản ánh");
            return null;
        }, "STAFF"));
        assertEquals("task.error.leaderOnly", staffUnmasks.getMessageKey());
        assertEquals("DENUNCIATION", testData.single("select kind from petition where id = ?1", secret));
        as(leader, () -> {
            tasks.reclassify(seen(secret), category, Competence.COMMUNE, PetitionKind.FEEDBACK, "Không có nội dung tố cáo");
            return null;
        });
    }

    @Test
    void onlyLeadersAssign() throws Exception {
        Petition recorded = Callers.as(staff, () -> petitions.record(petition("Chỉ lãnh đạo giao việc"), null), "STAFF");
        assertThrows(EJBAccessException.class, () -> Callers.as(staff, () -> tasks.assign(
                List.of(new Seen(recorded.getId(), recorded.getVersion())), department, null, null, null), "STAFF"));
    }

    private Seen seen(long id) throws Exception {
        return seenAs(leader, id);
    }

    private Seen seenAs(String user, long id) throws Exception {
        String role = user.equals(leader) ? "LEADER" : "STAFF";
        return new Seen(id, Callers.as(user, () -> taskQueries.row(id), role).version());
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return Callers.as(user, work, "LEADER");
    }

    private long count(String sql, Object... params) {
        return ((Number) testData.single(sql, params)).longValue();
    }

    private Petition petition(String content) {
        return PetitionFixtures.anonymous(content, category);
    }
}
