package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.Callers;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionFixtures;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Seen;

/**
 * In the browser: the leader forwards a petition to the province by letter, the clerk records the
 * province's reply, the leader passes it on to the voter; an officer records progress with evidence and
 * a roadmap on work that takes months.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressBrowserIT {

    private static final String MARKER = "TD" + UUID.nameUUIDFromBytes(ProgressBrowserIT.class.getName().getBytes())
            .toString().substring(0, 6).toUpperCase();
    private static final String BRIDGE = "Đề nghị tỉnh đầu tư cầu qua sông Cầu " + MARKER;
    private static final String HOUSES = "Thay thế 104 nhà tạm của hộ nghèo " + MARKER;
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    PetitionService petitions;

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    TestData testData;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoPetitionsOfTheDemoCommune() throws Exception {
        long department = testData.departmentOf("canbo", "Phòng Kinh tế");
        long category = testData.category("CONSTRUCT");
        Callers.as("canbo", () -> petitions.record(petition(BRIDGE, category), null), "STAFF");
        Petition houses = Callers.as("canbo", () -> petitions.record(petition(HOUSES, category), null), "STAFF");
        Callers.as("lanhdao", () -> tasks.assign(List.of(new Seen(houses.getId(), houses.getVersion())), department,
                testData.userId("canbo"), LocalDate.now(CommuneClock.ZONE).plusDays(60), null), "LEADER");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theLeaderForwardsTheClerkRecordsTheReplyAndTheVoterIsAnswered() throws Exception {
        String today = LocalDate.now(CommuneClock.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("lanhdao", DemoData.DEMO_PASSWORD);
            browser.open(base + "petition/view?id=" + id(BRIDGE));
            browser.type(By.id("actions:agency"), "Sở Xây dựng tỉnh Bắc Ninh");
            browser.type(By.id("actions:letterNo"), "125/UBND-KT");
            Pages.typeDate(browser, "actions:letterOn_input", today);
            browser.screenshot("leader-forward-form");
            Pages.press(browser, "actions:forward", "status", "Đã chuyển cấp tỉnh");
            browser.waitForText(By.id("forwarding"), "Đang chờ cấp tỉnh trả lời");
            assertTrue(browser.driver().findElement(By.id("forwarding")).getText().contains("125/UBND-KT"));
            browser.screenshot("leader-forwarded-waiting");

            browser.signOutAndForget();
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            browser.open(base + "petition/view?id=" + id(BRIDGE));
            browser.type(By.id("actions:replyLetterNo"), "88/SXD-QLXD");
            Pages.typeDate(browser, "actions:replyOn_input", today);
            browser.type(By.id("actions:replyText"), "Cầu đã có trong kế hoạch đầu tư công trung hạn, khởi công quý II/2027.");
            Pages.press(browser, "actions:recordReply", "forwarding", "Cấp tỉnh đã trả lời");
            browser.screenshot("clerk-province-reply");

            browser.signOutAndForget();
            new LoginPage(browser, base).open().signIn("lanhdao", DemoData.DEMO_PASSWORD);
            browser.open(base + "petition/view?id=" + id(BRIDGE));
            assertEquals("Cầu đã có trong kế hoạch đầu tư công trung hạn, khởi công quý II/2027.",
                    browser.visible(By.id("actions:answerText")).getAttribute("value"), "the reply is the draft answer");
            browser.selectOne("actions:result", "Đang giải quyết, có lộ trình");
            Pages.typeDate(browser, "actions:expectedOn_input", LocalDate.now(CommuneClock.ZONE).plusMonths(8)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.driver().findElement(By.id("actions:answer")).click();
            browser.waitForText(By.id("status"), "Đã trả lời cử tri");
            browser.screenshot("leader-answered-forwarded");
        }
        assertEquals("ANSWERED", DatabaseClient.single("select status from petition where content = ?", BRIDGE));
        assertEquals("88/SXD-QLXD", DatabaseClient.single("select f.reply_letter_no from forwarding f join petition p"
                + " on p.id = f.petition_id where p.content = ?", BRIDGE));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theOfficerRecordsProgressWithEvidenceAndARoadmap() throws Exception {
        Path evidence = Path.of("target", "screenshots", "bien-ban-khao-sat.pdf");
        Files.createDirectories(evidence.getParent());
        Files.write(evidence, PDF);
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            browser.open(base + "petition/view?id=" + id(HOUSES));
            browser.typeDate("progress:plannedOn_input", LocalDate.now(CommuneClock.ZONE).plusMonths(2)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.type(By.id("progress:stepDescription"), "Khởi công 50 nhà đầu tiên");
            browser.driver().findElement(By.id("progress:addStep")).click();
            browser.waitForText(By.id("progress:roadmap"), "Khởi công 50 nhà đầu tiên");

            browser.type(By.id("progress:note"), "Đã khảo sát 104 hộ, lập danh sách và dự toán");
            browser.type(By.id("progress:percentDone_input"), "20");
            browser.driver().findElement(By.cssSelector("#progress\\:evidence input[type=file]"))
                    .sendKeys(evidence.toAbsolutePath().toString());
            browser.waitForText(By.id("progress:evidenceFiles"), "bien-ban-khao-sat.pdf");
            browser.driver().findElement(By.id("progress:addNote")).click();
            browser.waitForText(By.id("progress:notes"), "Đã khảo sát 104 hộ");
            assertTrue(browser.driver().findElement(By.id("progress:notes")).getText().contains("bien-ban-khao-sat.pdf"));
            assertTrue(browser.driver().findElement(By.id("progress:notes")).getText().contains("20 %"));
            browser.screenshot("officer-progress-roadmap");
        } finally {
            Files.deleteIfExists(evidence);
        }
        assertEquals(1L, ((Number) DatabaseClient.single("select count(*) from stored_file f join progress_note n on n.id = f.note_id"
                + " join petition p on p.id = n.petition_id where p.content = ?", HOUSES)).longValue());
    }

    @Test
    @Order(4)
    void theLeaderAnswersTheVoterThatTheWorkIsUnderWayWithItsRoadmap() throws Exception {
        long houses = testData.list("select id from petition where content = ?1", HOUSES).stream()
                .mapToLong(id -> ((Number) id).longValue()).findFirst().orElseThrow();
        Callers.as("canbo", () -> {
            tasks.act(new Seen(houses, taskQueries.row(houses).version()), WorkflowAction.START, null);
            return null;
        }, "STAFF");
        Callers.as("lanhdao", () -> {
            tasks.answer(new Seen(houses, taskQueries.row(houses).version()),
                    "Chương trình thay 104 nhà tạm đang thực hiện theo lộ trình, hoàn thành trong năm sau.",
                    AnswerResult.IN_PROGRESS, LocalDate.now(CommuneClock.ZONE).plusMonths(10));
            return null;
        }, "LEADER");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theVoterFollowsTheRoadmapOnThePublicLookup() throws Exception {
        String code = (String) DatabaseClient.single("select tracking_code from petition where content = ?", HOUSES);
        try (Browser browser = new Browser()) {
            browser.open(base + "tra-cuu?ma=" + code);
            browser.waitForText(By.id("roadmap"), "Khởi công 50 nhà đầu tiên");
            assertTrue(browser.bodyText().contains("Đang giải quyết, có lộ trình"), browser.bodyText());
            browser.screenshot("public-lookup-roadmap");
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (!isClient()) {
            return;
        }
        String mine = "select id from petition where content like '%" + MARKER + "%'";
        for (String table : new String[] {"notification", "petition_transition", "assignment", "forwarding", "roadmap_step", "stored_file"}) {
            DatabaseClient.update("delete from " + table + " where petition_id in (" + mine + ")");
        }
        DatabaseClient.update("delete from progress_note where petition_id in (" + mine + ")");
        DatabaseClient.update("delete from petition where content like ?", "%" + MARKER + "%");
    }

    /** The @AfterAll runs on both sides; the database is cleaned from the client, where DatabaseClient connects. */
    private static boolean isClient() {
        return System.getProperty("jboss.home.dir") == null;
    }

    private static long id(String content) throws Exception {
        return ((Number) DatabaseClient.single("select id from petition where content = ?", content)).longValue();
    }

    /** Browser helpers in their own class: the test class is also loaded in the server, which has no Selenium. */
    private static final class Pages {
        static void typeDate(Browser browser, String inputId, String day) {
            // The date picker's panel would cover the button that comes next.
            browser.typeDate(inputId, day);
        }

        /**
         * Presses a button and waits for its result. A press the page never received (no request, no message)
         * is pressed once more; a message from the server fails the test with that message.
         */
        static void press(Browser browser, String buttonId, String resultId, String expected) {
            for (int attempt = 1; ; attempt++) {
                browser.driver().findElement(By.id(buttonId)).click();
                browser.waitForAjax();
                try {
                    browser.waitForText(By.id(resultId), expected);
                    return;
                } catch (org.openqa.selenium.TimeoutException notYet) {
                    browser.screenshot("progress-press-" + buttonId.replace(':', '-') + "-" + attempt);
                    String messages = browser.driver().findElement(By.id("messages")).getText();
                    if (!messages.isBlank() || attempt == 2) {
                        throw new AssertionError(buttonId + " did not give '" + expected + "'; messages: " + messages, notYet);
                    }
                }
            }
        }
    }

    private static Petition petition(String content, long category) {
        return PetitionFixtures.anonymous(content, category);
    }
}
