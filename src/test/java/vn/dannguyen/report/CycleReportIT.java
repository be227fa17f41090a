package vn.dannguyen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.dannguyen.citizen.CitizenLookupService;
import vn.dannguyen.citizen.PublicStatus;
import vn.dannguyen.citizen.PublishedResults;
import vn.dannguyen.meeting.CycleKind;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.report.document.OfficialReport;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;
import vn.dannguyen.task.TaskQueries;
import vn.dannguyen.task.TaskService;

/**
 * The results report of a cycle sorts its petitions resolved / in progress / explained / not answered; the
 * public sees a cycle's answers only once published, without personal data or denunciations.
 */
@ExtendWith(ArquillianExtension.class)
class CycleReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    CycleReportService reports;

    @Inject
    MeetingService meetings;

    @Inject
    PetitionService petitions;

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    PublishedResults published;

    @Inject
    CitizenLookupService lookup;

    @Inject
    TestData testData;

    private long commune;
    private long department;
    private String staff;
    private String leader;
    private long category;

    @BeforeEach
    void makeCommune() {
        commune = testData.commune("Xã Kiểm Thử Báo Cáo");
        department = testData.department(commune, "Phòng Kinh tế");
        staff = testData.user(commune, false, Role.STAFF);
        leader = testData.user(commune, false, Role.LEADER);
        category = testData.category("TRAFFIC");
    }

    @AfterEach
    void removeCommune() {
        testData.removeCommune(commune);
    }

    @Test
    void theResultsReportSortsThePetitionsAndOnlyPublishedResultsArePublic() throws Exception {
        MeetingCycle cycle = new MeetingCycle();
        cycle.setKind(CycleKind.BEFORE_SESSION);
        cycle.setCouncilSession(5);
        cycle.setTitle("Tiếp xúc cử tri trước kỳ họp thứ 5");
        cycle.setStartsOn(LocalDate.now(CommuneClock.ZONE).minusDays(10));
        long cycleId = Callers.as(staff, () -> meetings.saveCycle(cycle), "STAFF").getId();

        long lights = answered(cycleId, "Lắp đèn đường thôn Đông", AnswerResult.RESOLVED, "Đã lắp 8 bóng đèn.", null);
        LocalDate roadmap = LocalDate.now(CommuneClock.ZONE).plusMonths(6);
        answered(cycleId, "Làm lại cầu tràn thôn Tây", AnswerResult.IN_PROGRESS, "Đang lập hồ sơ xây dựng.", roadmap);
        answered(cycleId, "Nâng cấp trạm y tế", AnswerResult.EXPLAINED, "Thuộc thẩm quyền của tỉnh, đã báo cáo.", null);
        record(cycleId, "Nạo vét mương thôn Bắc", PetitionKind.VOTER_PETITION, "Trần Thị Hạnh");
        record(cycleId, "Tố cáo cán bộ thôn Nam nhận tiền", PetitionKind.DENUNCIATION, "Người tố cáo");

        OfficialReport report = Callers.as(leader, () -> reports.results(cycleId), "LEADER");
        assertEquals("BÁO CÁO", report.kind());
        assertTrue(report.title().contains("tiếp xúc cử tri trước kỳ họp thứ 5"), report.title());
        String summary = ((OfficialReport.Paragraph) report.body().get(1)).text();
        assertTrue(summary.contains("là 5, trong đó: đã giải quyết xong 1; đang giải quyết 1; đã giải trình, cung cấp thông tin 1;"
                + " đã chuyển cấp tỉnh 0; chưa trả lời 2."), summary);
        List<String> order = new ArrayList<>();
        for (OfficialReport.Block block : report.body()) {
            if (block instanceof OfficialReport.Table table) {
                table.rows().forEach(row -> order.add(row.get(1) + " | " + row.get(2)));
            }
        }
        assertEquals("Lắp đèn đường thôn Đông | Đã lắp 8 bóng đèn.", order.get(0));
        assertTrue(order.get(1).startsWith("Làm lại cầu tràn thôn Tây | Đang lập hồ sơ xây dựng. Dự kiến hoàn thành: "), order.get(1));
        assertTrue(order.get(2).startsWith("Nâng cấp trạm y tế"));
        assertEquals(5, order.size());
        assertEquals(testData.single("select full_name from app_user where username = ?1", leader), report.signerName());

        assertTrue(published.petitions(cycleId).isEmpty(), "nothing is public before the leader publishes");
        assertThrows(EJBAccessException.class, () -> Callers.as(staff, () -> meetings.publishResults(cycleId), "STAFF"));
        Callers.as(leader, () -> meetings.publishResults(cycleId), "LEADER");
        List<CyclePetition> visible = published.petitions(cycleId);
        assertEquals(4, visible.size(), "the denunciation stays off the public page");
        assertFalse(visible.stream().anyMatch(p -> p.content().startsWith("Tố cáo")));
        assertNotNull(published.cycle(cycleId).orElseThrow().publishedAt());
        BusinessException tooEarly = assertThrows(BusinessException.class,
                () -> Callers.as(leader, () -> meetings.withdrawResults(cycleId), "LEADER"));
        assertEquals("report.withdraw.tooEarly", tooEarly.getMessageKey());

        String code = (String) testData.single("select tracking_code from petition where id = ?1", lights);
        PublicStatus status = lookup.lookup(code).orElseThrow();
        assertEquals("Đã lắp 8 bóng đèn.", status.answerText(), "the public lookup shows the answer once given");
        assertEquals(AnswerResult.RESOLVED, status.answerResult());
    }

    @Test
    void periodStatisticsCountWhatCameInAndHowItWasAnswered() throws Exception {
        long one = answered(null, "Sửa đường", AnswerResult.RESOLVED, "Đã sửa.", null);
        record(null, "Khiếu nại thu hồi đất", PetitionKind.COMPLAINT, "Lê Văn Tám");
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        ReportPeriod quarter = ReportPeriod.values()[(today.getMonthValue() - 1) / 3];
        OfficialReport report = Callers.as(leader, () -> reports.statistics(today.getYear(), quarter), "LEADER");
        assertTrue(((OfficialReport.Paragraph) report.body().get(1)).text().contains("đã tiếp nhận 2 ý kiến"));
        OfficialReport.Table results = (OfficialReport.Table) report.body().get(report.body().size() - 1);
        assertEquals(List.of("Đã trả lời công dân", "1"), results.rows().get(0));
        assertEquals(List.of("Chưa trả lời", "1"), results.rows().get(3));
        OfficialReport.Table kinds = (OfficialReport.Table) report.body().get(3);
        assertTrue(kinds.rows().contains(List.of("Khiếu nại", "1")), kinds.rows().toString());
        assertTrue(one > 0);
    }

    private long record(Long cycleId, String content, PetitionKind kind, String name) throws Exception {
        Petition petition = new Petition();
        petition.setChannel(Channel.LETTER);
        petition.setKind(kind);
        petition.setContent(content);
        petition.setCategoryId(category);
        petition.setCycleId(cycleId);
        petition.setAnonymous(false);
        petition.setPetitionerName(name);
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return Callers.as(staff, () -> petitions.record(petition, null), "STAFF").getId();
    }

    private long answered(Long cycleId, String content, AnswerResult result, String answer, LocalDate expectedOn) throws Exception {
        long id = record(cycleId, content, PetitionKind.VOTER_PETITION, "Nguyễn Văn An");
        Callers.as(leader, () -> tasks.assign(List.of(seen(id)), department, null, null, null), "LEADER");
        Callers.as(leader, () -> { tasks.act(seen(id), WorkflowAction.START, null); return null; }, "LEADER");
        WorkflowAction done = result == AnswerResult.EXPLAINED ? WorkflowAction.EXPLAIN : WorkflowAction.RESOLVE;
        Callers.as(leader, () -> { tasks.act(seen(id), done, "Xong phần việc"); return null; }, "LEADER");
        Callers.as(leader, () -> { tasks.answer(seen(id), answer, result, expectedOn); return null; }, "LEADER");
        return id;
    }

    private Seen seen(long id) throws Exception {
        return new Seen(id, Callers.as(leader, () -> taskQueries.row(id), "LEADER").version());
    }
}
