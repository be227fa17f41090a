package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
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
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFixtures;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/** Daily reminders: the right people hear of due-soon, due-today and overdue petitions, once each. */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withMailServer();
    }

    @Inject
    Reminders reminders;

    @Inject
    TaskService tasks;

    @Inject
    PetitionService petitions;

    @Inject
    NotificationService notifications;

    @Inject
    TestData testData;

    private long commune;
    private long department;
    private String staff;
    private String officer;
    private String leader;
    private long category;

    private GreenMail smtp;

    @BeforeEach
    void makeCommune() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "3025")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        commune = testData.commune("Xã Kiểm Thử Nhắc Việc");
        department = testData.department(commune, "Văn phòng HĐND và UBND");
        staff = testData.user(commune, false, Role.STAFF);
        officer = testData.user(commune, false, Role.STAFF);
        leader = testData.user(commune, false, Role.LEADER);
        category = testData.category("SOCIAL");
    }

    @AfterEach
    void removeCommune() {
        smtp.stop();
        testData.removeCommune(commune);
    }

    @Test
    void officersAreRemindedAndOverduePetitionsEscalateToLeadersOnce() throws Exception {
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        long officerId = testData.userId(officer);
        testData.email(officer, "can.bo@xa-thu.example.vn");
        testData.email(leader, "lanh.dao@xa-thu.example.vn");
        long dueSoon = assigned("Sắp đến hạn", officerId, today.plusDays(2));
        long dueToday = assigned("Đến hạn hôm nay", officerId, today);
        long overdue = assigned("Sẽ quá hạn", officerId, today.plusDays(1));

        assertEquals(0, remind(today.minusDays(5)), "nothing is within three days of five days ago");
        assertEquals(3, remind(today), "the officer: two due soon, one due today");
        // Two days later the first is due today and the other two are overdue: escalated to the leader.
        assertEquals(5, remind(today.plusDays(2)));
        assertEquals(0, remind(today.plusDays(2)), "a repeated run adds nothing");

        List<NotificationService.Reminder> officerSees = Callers.as(officer, () -> notifications.latest(50), "STAFF");
        assertEquals(6, officerSees.size());
        assertTrue(officerSees.stream().anyMatch(r -> r.petitionId() == dueSoon && r.kind() == ReminderKind.DUE_SOON));
        assertTrue(officerSees.stream().anyMatch(r -> r.petitionId() == dueToday && r.kind() == ReminderKind.DUE_TODAY));
        assertTrue(officerSees.stream().anyMatch(r -> r.petitionId() == overdue && r.kind() == ReminderKind.OVERDUE));
        List<NotificationService.Reminder> leaderSees = Callers.as(leader, () -> notifications.latest(50), "LEADER");
        assertEquals(2, leaderSees.size());
        assertTrue(leaderSees.stream().allMatch(r -> r.kind() == ReminderKind.ESCALATED));
        assertEquals(2L, Callers.as(leader, () -> notifications.unreadCount(), "LEADER"));
        Callers.as(leader, () -> { notifications.markAllRead(); return null; }, "LEADER");
        assertEquals(0L, Callers.as(leader, () -> notifications.unreadCount(), "LEADER"));

        // Every new reminder was also e-mailed once, in Vietnamese, through a real SMTP server.
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(8, mails.length, "6 to the officer, 2 to the leader");
        MimeMessage escalation = null;
        for (MimeMessage mail : mails) {
            if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains("lanh.dao@xa-thu.example.vn")) {
                escalation = mail;
            }
        }
        assertNotNull(escalation, "the leader was mailed");
        assertTrue(escalation.getSubject().startsWith("[Dân Nguyện] Quá hạn, báo lãnh đạo: "), escalation.getSubject());
        assertTrue(GreenMailUtil.getBody(escalation).length() > 0);
    }

    @Test
    void theDailyRunIsAPersistentTimer() throws Exception {
        assertEquals(1L, ((Number) testData.single("select count(*) from information_schema.tables"
                + " where table_schema = database() and table_name = 'notification'")).longValue());
        assertTrue(Callers.as(leader, () -> reminders.hasDailyTimer(), "LEADER"), "the @Schedule timer is registered and persistent");
    }

    private int remind(LocalDate day) throws Exception {
        return Callers.as(leader, () -> reminders.remind(day), "LEADER");
    }

    private long assigned(String content, long officerId, LocalDate due) throws Exception {
        Petition petition = PetitionFixtures.anonymous(content, category);
        Petition recorded = Callers.as(staff, () -> petitions.record(petition, null), "STAFF");
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        Callers.as(leader, () -> tasks.assign(List.of(new Seen(recorded.getId(), recorded.getVersion())),
                department, officerId, due.isBefore(today) ? today : due, null), "LEADER");
        return recorded.getId();
    }
}
