package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Deployments;
import vn.dannguyen.demo.DemoData;

/**
 * The sign-in throttle as an attacker meets it, through the real page: other spellings of a user name, forged
 * forwarded headers, many addresses against one account, and a flood. Each test signs in from loopback
 * addresses of its own (127.0.x.y), so the counts of one never reach another's or the browser tests'.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final ResourceBundle VI = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private static final String INVALID = VI.getString("people.login.error.invalid");
    private static final String THROTTLED = VI.getString("people.login.error.throttled").substring(0, 20);
    private static final String BUSY = VI.getString("people.login.error.busy");

    @ArquillianResource
    URL base;

    private final List<String> accounts = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void removeAccounts() throws Exception {
        for (String account : accounts) {
            DatabaseClient.update("delete from app_user where username = ?", account);
        }
    }

    /** A staff account of the demo commune whose password is the demo password; its name has vowels to accent. */
    private String account() throws Exception {
        String name = "quantri.t" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        DatabaseClient.update("""
                insert into app_user (username, password_hash, full_name, commune_id)
                select ?, password_hash, 'Người Kiểm Thử', commune_id from app_user where username = 'canbo'""", name);
        DatabaseClient.update("insert into app_user_role (user_id, role) select id, 'STAFF' from app_user where username = ?", name);
        accounts.add(name);
        return name;
    }

    private SignInClient from(String address) throws Exception {
        return new SignInClient(base, address);
    }

    @Test
    void anotherSpellingOfAUserNameIsNotTheAccount() throws Exception {
        String account = account();
        String digits = account.substring("quantri.t".length());
        SignInClient client = from("127.0.3.1");
        for (String spelling : List.of("quảntri.t" + digits, "quàntri.t" + digits, "ｑuantri.t" + digits,
                "QUẢNTRI.T" + digits, "quantrı.t" + digits)) {
            SignInClient.Answer answer = client.signIn(spelling, DemoData.DEMO_PASSWORD, Map.of());
            assertFalse(answer.signedIn(), spelling + " signed in as " + account);
            assertTrue(answer.says(INVALID), spelling + ": " + answer.status());
        }
        assertTrue(from("127.0.3.2").signIn(" " + account.toUpperCase() + " ", DemoData.DEMO_PASSWORD, Map.of()).signedIn(),
                "the same letters in capitals, with spaces around, are still the account");
    }

    @Test
    void forwardedHeadersSentByTheClientDoNotMakeItAnotherAddress() throws Exception {
        SignInClient attacker = from("127.0.4.1");
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            SignInClient.Answer answer = attacker.signIn("khongco" + UUID.randomUUID().toString().substring(0, 8), "sai-mat-khau",
                    forged());
            assertTrue(answer.says(INVALID), "attempt " + (i + 1) + " is checked and refused");
        }
        SignInClient.Answer next = attacker.signIn("khongco" + UUID.randomUUID().toString().substring(0, 8), "sai-mat-khau", forged());
        assertTrue(next.says(THROTTLED), "the 21st failure from one connection address waits, whatever it claims to be");
        assertTrue(from("127.0.4.2").signIn("khongco-khac", "sai-mat-khau", Map.of()).says(INVALID),
                "another address is not slowed by it");
    }

    private static Map<String, String> forged() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = random.nextInt(1, 223) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        return Map.of("X-Forwarded-For", address, "Forwarded", "for=" + address, "X-Real-IP", address);
    }

    @Test
    void someoneFailingFromManyAddressesNeitherGuessesOnNorLocksTheOwnerOut() throws Exception {
        String account = account();
        SignInClient owner = from("127.0.5.1");
        assertTrue(owner.signIn(account, DemoData.DEMO_PASSWORD, Map.of()).signedIn(), "the owner signs in, and the browser is known");

        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            assertTrue(from("127.0.5." + (10 + i)).signIn(account, "doan-mo-" + i, Map.of()).says(INVALID));
        }
        SignInClient.Answer guess = from("127.0.5.40").signIn(account, "doan-mo-tiep", Map.of());
        assertTrue(guess.says(THROTTLED), "from a new address, the account now waits");
        assertTrue(secondsToWait(guess.body()) <= SignInThrottle.LONGEST_ACCOUNT_WAIT.toSeconds(),
                "and the wait is bounded: " + secondsToWait(guess.body()));
        assertTrue(from("127.0.5.41").signIn(account, DemoData.DEMO_PASSWORD, Map.of()).says(THROTTLED),
                "even the right password from a browser never used for this account waits");

        assertTrue(owner.signIn(account, DemoData.DEMO_PASSWORD, Map.of()).signedIn(),
                "the owner's own browser still signs in");
    }

    private static long secondsToWait(String body) {
        Matcher seconds = Pattern.compile("(\\d+) giây").matcher(body);
        return seconds.find() ? Long.parseLong(seconds.group(1)) : Long.MAX_VALUE;
    }

    @Test
    void aFloodOfSignInsIsRefusedQuicklyRatherThanQueuedBehindThePasswordChecks() throws Exception {
        ExecutorService crowd = Executors.newFixedThreadPool(16);
        List<Future<List<SignInClient.Answer>>> clients = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            String address = "127.0.6." + (c + 1);
            clients.add(crowd.submit(() -> {
                SignInClient client = from(address);
                List<SignInClient.Answer> answers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    answers.add(client.signIn("khongco" + UUID.randomUUID().toString().substring(0, 8), "sai-mat-khau", forged()));
                }
                return answers;
            }));
        }
        int busy = 0;
        int checked = 0;
        for (Future<List<SignInClient.Answer>> client : clients) {
            for (SignInClient.Answer answer : client.get(5, TimeUnit.MINUTES)) {
                assertEquals(200, answer.status(), "every sign-in is answered with the page and a message");
                if (answer.says(BUSY)) {
                    busy++;
                } else if (answer.says(INVALID)) {
                    checked++;
                }
            }
        }
        crowd.shutdown();
        assertEquals(48, busy + checked, "each attempt was either checked or refused as busy");
        assertTrue(busy > 0, "with one password check at a time, sixteen at once cannot all wait for theirs");
        long recorded = ((Number) DatabaseClient.single("""
                select count(*) from audit_event where kind = 'SIGN_IN_FAILED' and detail = 'busy'
                and ip_address like '127.0.6.%'""")).longValue();
        assertTrue(recorded >= busy, "each refusal is recorded: " + recorded);
    }
}
