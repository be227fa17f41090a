package vn.dannguyen.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
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
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/** Mediation cases on the real server and MariaDB: the whole path, commune scoping, roles and conflicts. */
@ExtendWith(ArquillianExtension.class)
class MediationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    MediationService mediation;

    @Inject
    MediationQueries mediationQueries;

    @Inject
    TestData testData;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Hòa Giải");

    private long commune;
    private long otherCommune;
    private String staff;
    private String leader;
    private String auditor;
    private String otherLeader;
    private String otherStaff;

    @BeforeEach
    void makeCommunes() {
        commune = fixture.id();
        otherCommune = testData.commune("Phường Khác Hòa Giải");
        staff = fixture.staff();
        leader = fixture.leader();
        auditor = fixture.auditor();
        otherLeader = testData.user(otherCommune, false, Role.LEADER);
        otherStaff = testData.user(otherCommune, false, Role.STAFF);
    }

    @AfterEach
    void removeTheOtherCommune() {
        testData.removeCommune(otherCommune);
    }

    @Test
    void theTimeLimitsComeFromTheDeadlineRulesOfTheMigration() throws Exception {
        MediationCase recorded = asStaff(() -> mediation.saveDetails(request(LocalDate.of(2026, 11, 27)), null));
        assertEquals(MediationStatus.REQUESTED, recorded.getStatus());
        assertEquals(LocalDate.of(2026, 12, 2), recorded.getAcceptanceDueOn(), "3 working days from Friday 27 November");
        assertEquals(LocalDate.of(2026, 12, 28), recorded.getFinishDueOn(), "30 days from the request");
        assertEquals(2L, ((Number) testData.single(
                "select count(*) from deadline_rule where kind = 'LAND_MEDIATION'")).longValue());
    }

    @Test
    void aPartyAbsentTwiceEndsTheCaseAsFailedWithTheReasonAndMinutes() throws Exception {
        long id = acceptedWithCouncil();
        MediationCase afterFirst = asStaff(() -> mediation.recordSession(seen(id), session(true, false, "Biên bản buổi 1: ông Bình vắng mặt.")));
        assertEquals(MediationStatus.IN_MEDIATION, afterFirst.getStatus());
        MediationCase afterSecond = asStaff(() -> mediation.recordSession(seen(id), session(true, false, "Biên bản buổi 2: ông Bình lại vắng mặt.")));
        assertEquals(MediationStatus.FAILED, afterSecond.getStatus());
        assertEquals(MediationOutcome.PARTY_ABSENT_TWICE, afterSecond.getOutcome());
        assertEquals(Party.OTHER_PARTY, afterSecond.getAbsentParty());
        assertEquals("Biên bản buổi 2: ông Bình lại vắng mặt.", afterSecond.getOutcomeMinutes());
        assertNotNull(afterSecond.getFinishedOn());
        assertEquals("FAILED", testData.single("select status from mediation_case where id = ?1", id));

        BusinessException more = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.recordSession(seen(id), session(true, true, "Buổi thứ ba"))));
        assertEquals("mediation.error.illegalStep", more.getMessageKey());
        // Envers kept every version of the case, written in the same transactions.
        assertTrue(((Number) testData.single("select count(*) from mediation_case_aud where id = ?1", id)).longValue() >= 4);
        assertEquals(2L, ((Number) testData.single("select count(*) from mediation_session_aud where case_id = ?1", id)).longValue());
    }

    @Test
    void theCouncilMustBeCompleteBeforeTheFirstSession() throws Exception {
        MediationCase recorded = asStaff(() -> mediation.saveDetails(request(today()), null));
        long id = recorded.getId();
        asLeader(() -> mediation.accept(seen(id), today()));
        asStaff(() -> mediation.addMember(seen(id), member("Trần Văn Minh", CouncilRole.VICE_CHAIRMAN, false)));
        asStaff(() -> mediation.addMember(seen(id), member("Hoàng Thị Lan", CouncilRole.FATHERLAND_FRONT, true)));
        asStaff(() -> mediation.addMember(seen(id), member("Đỗ Văn Hải", CouncilRole.LONG_TIME_RESIDENT, false)));
        BusinessException incomplete = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.recordSession(seen(id), session(true, true, "Biên bản"))));
        assertEquals("mediation.error.councilIncomplete", incomplete.getMessageKey());
        assertEquals("mediation.seat.LAND_OFFICIAL", incomplete.getArguments()[0]);
        assertEquals(0L, ((Number) testData.single("select count(*) from mediation_session where case_id = ?1", id)).longValue());
    }

    @Test
    void anOutcomeNeedsMinutesAndASuccessEndsTheCase() throws Exception {
        long id = acceptedWithCouncil();
        asStaff(() -> mediation.recordSession(seen(id), session(true, true, "Hai bên trình bày ý kiến.")));
        BusinessException noMinutes = assertThrows(BusinessException.class,
                () -> asLeader(() -> mediation.succeed(seen(id), "  ", null)));
        assertEquals("mediation.error.outcomeMinutesRequired", noMinutes.getMessageKey());
        MediationCase done = asLeader(() -> mediation.succeed(seen(id), "Hai bên thống nhất ranh giới theo mốc giới cũ.", null));
        assertEquals(MediationStatus.SUCCEEDED, done.getStatus());
        assertEquals(MediationOutcome.AGREEMENT, done.getOutcome());
    }

    @Test
    void illegalStepsAndMissingMinutesAreRefused() throws Exception {
        long id = asStaff(() -> mediation.saveDetails(request(today()), null)).getId();
        BusinessException early = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.recordSession(seen(id), session(true, true, "Biên bản"))));
        assertEquals("mediation.error.illegalStep", early.getMessageKey());
        BusinessException failEarly = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.fail(seen(id), "Biên bản", null)));
        assertEquals("mediation.error.illegalStep", failEarly.getMessageKey());

        long other = acceptedWithCouncil();
        BusinessException noMinutes = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.recordSession(seen(other), session(true, true, " "))));
        assertEquals("mediation.error.minutesRequired", noMinutes.getMessageKey());
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> asStaff(() -> mediation.withdraw(seen(other), null)));
        assertEquals("mediation.error.reasonRequired", noReason.getMessageKey());
    }

    @Test
    void leadersAndStaffOfAnotherCommuneNeitherSeeNorChangeACase() throws Exception {
        long id = asStaff(() -> mediation.saveDetails(request(today()), null)).getId();
        for (String[] outsider : new String[][] {{otherLeader, "LEADER"}, {otherStaff, "STAFF"}}) {
            BusinessException hidden = assertThrows(BusinessException.class,
                    () -> Callers.as(outsider[0], () -> mediationQueries.get(id), outsider[1]));
            assertEquals("mediation.error.notFound", hidden.getMessageKey());
            assertEquals(List.of(), Callers.as(outsider[0], () -> mediationQueries.logbook(null), outsider[1]));
            assertThrows(BusinessException.class, () -> Callers.as(outsider[0], () -> mediationQueries.sessions(id), outsider[1]));
            BusinessException refused = assertThrows(BusinessException.class, () -> Callers.as(outsider[0],
                    () -> mediation.accept(new Seen(id, 0), today()), outsider[1]));
            assertEquals("mediation.error.notFound", refused.getMessageKey());
        }
        assertEquals(MediationStatus.REQUESTED, asStaff(() -> mediationQueries.get(id)).getStatus());
    }

    @Test
    void auditorsReadButDoNotChange() throws Exception {
        long id = asStaff(() -> mediation.saveDetails(request(today()), null)).getId();
        assertEquals(1, Callers.as(auditor, () -> mediationQueries.logbook(null), "AUDITOR").size());
        assertEquals(id, Callers.as(auditor, () -> mediationQueries.get(id), "AUDITOR").getId());
        assertThrows(EJBAccessException.class, () -> Callers.as(auditor,
                () -> mediation.accept(new Seen(id, 0), today()), "AUDITOR"));
    }

    @Test
    void aConcurrentEditIsRefusedAndChangesNothing() throws Exception {
        MediationCase recorded = asStaff(() -> mediation.saveDetails(request(today()), null));
        long id = recorded.getId();
        Seen bothSaw = new Seen(id, recorded.getVersion());
        // The leader accepts; the clerk, still looking at the old page, adds a council member.
        asLeader(() -> mediation.accept(bothSaw, today()));
        assertThrows(ConcurrentEditException.class,
                () -> asStaff(() -> mediation.addMember(bothSaw, member("Lê Văn Tám", CouncilRole.LAND_OFFICIAL, false))));
        assertEquals(0L, ((Number) testData.single("select count(*) from mediation_council_member where case_id = ?1", id)).longValue());

        // Details edited on a stale copy are refused as well.
        MediationCase stale = asStaff(() -> mediationQueries.get(id));
        asStaff(() -> mediation.addMember(seen(id), member("Lê Văn Tám", CouncilRole.LAND_OFFICIAL, false)));
        stale.setDispute("Sửa trên bản cũ");
        assertThrows(ConcurrentEditException.class, () -> asStaff(() -> mediation.saveDetails(stale, null)));
        assertEquals("Tranh chấp ranh giới giữa hai thửa đất liền kề",
                testData.single("select dispute from mediation_case where id = ?1", id));
    }

    @Test
    void theLogbookShowsOverdueCasesFirst() throws Exception {
        long recent = asStaff(() -> mediation.saveDetails(request(today()), null)).getId();
        long overdue = asStaff(() -> mediation.saveDetails(request(today().minusDays(45)), null)).getId();
        long finished = asStaff(() -> mediation.saveDetails(request(today().minusDays(60)), null)).getId();
        asStaff(() -> mediation.withdraw(seen(finished), "Hai bên tự thỏa thuận được"));
        List<LogbookRow> rows = asStaff(() -> mediationQueries.logbook(null));
        assertEquals(List.of(overdue, recent, finished), rows.stream().map(LogbookRow::id).toList());
        assertTrue(rows.get(0).overdue());
        assertTrue(rows.get(0).daysLeft() < 0);
        assertEquals(null, rows.get(2).daysLeft());
        assertEquals(List.of(finished), asStaff(() -> mediationQueries.logbook(MediationStatus.WITHDRAWN)).stream().map(LogbookRow::id).toList());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private long acceptedWithCouncil() throws Exception {
        LocalDate requested = today().minusDays(5);
        long id = asStaff(() -> mediation.saveDetails(request(requested), null)).getId();
        asLeader(() -> mediation.accept(seen(id), requested.plusDays(1)));
        asStaff(() -> mediation.addMember(seen(id), member("Trần Văn Minh", CouncilRole.CHAIRMAN, false)));
        asStaff(() -> mediation.addMember(seen(id), member("Hoàng Thị Lan", CouncilRole.FATHERLAND_FRONT, true)));
        asStaff(() -> mediation.addMember(seen(id), member("Lê Văn Tám", CouncilRole.LAND_OFFICIAL, false)));
        asStaff(() -> mediation.addMember(seen(id), member("Đỗ Văn Hải", CouncilRole.LONG_TIME_RESIDENT, false)));
        return id;
    }

    private Seen seen(long id) throws Exception {
        return new Seen(id, asStaff(() -> mediationQueries.get(id)).getVersion());
    }

    private static MediationCase request(LocalDate requestedOn) {
        MediationCase c = new MediationCase();
        c.setRequesterName("Nguyễn Văn An");
        c.setRequesterAddress("Thôn Ngô Sơn");
        c.setOtherPartyName("Phạm Văn Bình");
        c.setParcelNumber("125");
        c.setMapSheet("12");
        c.setParcelLocation("Thôn Ngô Sơn, xã Kiểm Thử");
        c.setDispute("Tranh chấp ranh giới giữa hai thửa đất liền kề");
        c.setRequestedOn(requestedOn);
        return c;
    }

    private static CouncilMember member(String name, CouncilRole role, boolean woman) {
        CouncilMember m = new CouncilMember();
        m.setFullName(name);
        m.setCouncilRole(role);
        m.setWoman(woman);
        return m;
    }

    private static MediationSession session(boolean requesterPresent, boolean otherPartyPresent, String minutes) {
        MediationSession s = new MediationSession();
        s.setHeldOn(today());
        s.setPlace("Trụ sở UBND xã");
        s.setRequesterPresent(requesterPresent);
        s.setOtherPartyPresent(otherPartyPresent);
        s.setMinutes(minutes);
        return s;
    }

    private static LocalDate today() {
        return LocalDate.now(CommuneClock.ZONE);
    }

    private <T> T asStaff(Callable<T> work) throws Exception {
        return Callers.as(staff, work, "STAFF");
    }

    private <T> T asLeader(Callable<T> work) throws Exception {
        return Callers.as(leader, work, "LEADER");
    }
}
