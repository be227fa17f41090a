package vn.dannguyen.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The page benchmarks, as a browser drives the JSF pages: sign in through the form, then the petition list
 * (filtered and sorted through its Ajax controls, page 1 and page 400), the search box, the leader dashboard,
 * and the petition form submitted again and again. Every POST carries the view's ViewState.
 *
 * <p>{@code -Dbench.scenario=list|page400|search|dashboard|submit|sessions|all}, {@code -Dbench.url},
 * {@code -Dbench.users} (20 concurrent; 200 for sessions), {@code -Dbench.seconds} (60), {@code -Dbench.pace} (ms per turn of
 * each user's loop; 0, back to back), {@code -Dbench.communes}
 * (users are spread over this many generated communes), {@code -Dbench.prefix} (tq). Run pinned to one core:
 * {@code taskset -c 1 mvn -Pbench-pages -Dbench.simulation=vn.dannguyen.bench.PetitionPagesSimulation ...}.
 */
public class PetitionPagesSimulation extends Simulation {

    static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8280");
    static final String SCENARIO = System.getProperty("bench.scenario", "all");
    static final int USERS = Integer.getInteger("bench.users", 20);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final int COMMUNES = Integer.getInteger("bench.communes", 20);
    static final String PREFIX = System.getProperty("bench.prefix", "tq");
    /** The deep page reached with Next (400; the CI smoke run's communes have fewer petitions). */
    static final int PAGE = Integer.getInteger("bench.page", 400);
    /**
     * Pacing of each user's loop in ms (0: back to back): a user starts the loop's next turn this long after
     * the last one started, or when it ends if it took longer. 100 ms with 20 users on the list is the target's
     * load: 200 pages/s between them.
     */
    static final int PACE_MS = Integer.getInteger("bench.pace", 0);
    static final String PASSWORD = System.getProperty("bench.password", DataGenerator.PASSWORD);
    static final String[] PHRASES = {"nạo vét lòng sông", "nao vet long song", "sạt lở đất", "sat lo dat khai thac",
            "nhà tạm hộ nghèo", "nha tam ho ngheo", "tranh chấp ranh giới", "\"duong lien thon xuong cap\"", "cầu treo", "rac thai"};

    static final HttpProtocolBuilder PROTOCOL = http.baseUrl(URL).acceptHeader("text/html,application/xhtml+xml,application/xml")
            .acceptLanguageHeader("vi").disableCaching().userAgentHeader("Gatling/DanNguyen-bench");

    /** PrimeFaces' content-security-policy nonce of the page: every Ajax request must send it back. */
    static final io.gatling.javaapi.core.CheckBuilder NONCE = regex("nonce=\"([^\"]+)\"").saveAs("nonce");

    /** Each virtual user is one account: role.prefixNNN, spread over the communes. */
    static Iterator<Map<String, Object>> accounts(String role) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
            int n = next.getAndIncrement();
            return Map.<String, Object>of("username", String.format("%s.%s%03d", role, PREFIX, 1 + n % COMMUNES),
                    "phrase", PHRASES[n % PHRASES.length]);
        }).iterator();
    }

    /**
     * The measured loop: the body again and again for bench.seconds, back to back or paced. The server's CPU
     * is read while every user is inside it (after the last one has signed in, until the first one leaves), and
     * divided by the loop's requests in that window (see {@link ServerCpu}).
     */
    static ChainBuilder loop(ChainBuilder body, int requestsPerTurn) {
        ChainBuilder turn = exec(body).exec(session -> {
            CPU.turnEnded(requestsPerTurn);
            return session;
        });
        return exec(session -> {
            CPU.userEntered();
            return session;
        }).exec(during(Duration.ofSeconds(SECONDS)).on(PACE_MS > 0 ? pace(Duration.ofMillis(PACE_MS)).exec(turn) : turn))
                .exec(session -> {
                    CPU.userLeft();
                    return session;
                });
    }

    static final ServerCpu CPU = new ServerCpu(System.getProperty("bench.server.pid", ""), Integer.getInteger("bench.clk.tck", 100),
            "smoke".equals(SCENARIO) ? 0 : USERS);

    /**
     * The server's CPU time per loop request, read from /proc/PID/stat (the server runs on this machine) over the
     * window in which all users are in their loop: sign-ins (PBKDF2) and start-up stay outside it.
     */
    static final class ServerCpu {
        private final String pid;
        private final int ticksPerSecond;
        private final int users;
        private final AtomicInteger entered = new AtomicInteger();
        private final AtomicInteger left = new AtomicInteger();
        private final AtomicLong requests = new AtomicLong();
        private volatile long[] opened;
        private volatile long[] closed;

        ServerCpu(String pid, int ticksPerSecond, int users) {
            this.pid = pid;
            this.ticksPerSecond = ticksPerSecond;
            this.users = users;
        }

        void userEntered() {
            if (entered.incrementAndGet() == users) {
                opened = read();
            }
        }

        void turnEnded(int requestsPerTurn) {
            requests.addAndGet(requestsPerTurn);
        }

        void userLeft() {
            if (left.getAndIncrement() == 0 && opened != null) {
                closed = read();
            }
        }

        /** {CPU ticks of the server, nanoTime, loop requests so far}; null when there is no server to read. */
        private long[] read() {
            if (pid.isBlank()) {
                return null;
            }
            try {
                String[] stat = Files.readString(Path.of("/proc", pid, "stat"))
                        .replaceFirst("^.*\\) ", "").split(" ");
                // after "pid (comm) ": field 3 is state, so utime (14) and stime (15) are at 11 and 12
                return new long[] {Long.parseLong(stat[11]) + Long.parseLong(stat[12]), System.nanoTime(), requests.get()};
            } catch (IOException | RuntimeException unreadable) {
                return null;
            }
        }

        String report() {
            if (opened == null || closed == null) {
                return "server CPU: not read (" + (pid.isBlank() ? "no bench.server.pid" : "window not reached or /proc unreadable") + ")";
            }
            double cpuSeconds = (closed[0] - opened[0]) / (double) ticksPerSecond;
            double seconds = (closed[1] - opened[1]) / 1e9;
            long count = closed[2] - opened[2];
            return String.format(Locale.ROOT,
                    "server CPU while all %d users were in the loop (%.0f s): %.0f %% of one core, %.2f ms per loop request (%d requests, %.1f /s)",
                    users, seconds, 100 * cpuSeconds / seconds, count > 0 ? 1000 * cpuSeconds / count : 0, count, count / seconds);
        }
    }

    @Override
    public void after() {
        String report = CPU.report();
        System.out.println(report);
        try {
            Files.writeString(Path.of(System.getProperty("bench.cpu.file", "target/bench/server-cpu.txt")),
                    report + System.lineSeparator());
        } catch (IOException ignored) {
            // the report is printed above as well
        }
    }

    /**
     * Signs in as a clerk does: when the server answers that too many are signing in at once (its bound on
     * password checks, people.PasswordCheckGate), tries again a second later, up to {@value #SIGN_IN_TRIES} times.
     */
    static ChainBuilder signIn(String role) {
        return feed(accounts(role))
                .exec(session -> session.set("where", URL + "/login"))
                .asLongAs(session -> session.getString("where").endsWith("/login")
                        && session.getInt("signInTry") < SIGN_IN_TRIES, "signInTry").on(
                        exec(http("sign-in form").get("/login").check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"), NONCE))
                        .exec(http("sign in").post("/login")
                                .formParam("login", "login").formParam("login:username", "#{username}").formParam("login:password", PASSWORD)
                                .formParam("login:submit", "").formParam("jakarta.faces.ViewState", "#{vs}")
                                .formParam("primefaces.nonce", "#{nonce}")
                                .check(currentLocation().saveAs("where")))
                        .doIf(session -> session.getString("where").endsWith("/login")).then(pause(Duration.ofSeconds(1))))
                // Still refused after every try (a wrong password, a server that never frees a place): a failed request.
                .exec(http("signed in").get("/home").check(currentLocation().not(URL + "/login")));
    }

    static final int SIGN_IN_TRIES = 20;

    static ChainBuilder openList() {
        return exec(http("list page (GET)").get("/petition/list")
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"), NONCE));
    }

    /** A PrimeFaces Ajax request on the list form. */
    static HttpRequestActionBuilder listAjax(String name, String source, Map<String, String> params) {
        HttpRequestActionBuilder request = http(name).post("/petition/list")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("list", "list").formParam("jakarta.faces.ViewState", "#{vs}").formParam("primefaces.nonce", "#{nonce}");
        for (Map.Entry<String, String> p : params.entrySet()) {
            request = request.formParam(p.getKey(), p.getValue());
        }
        return request.check(substring("<partial-response"), substring("list:table"), regex("<error>").notExists());
    }

    static HttpRequestActionBuilder select(String name, String field, String value) {
        return listAjax(name, "list:" + field, Map.of("jakarta.faces.partial.execute", "list:" + field,
                "jakarta.faces.partial.render", "list:table", "jakarta.faces.behavior.event", "change",
                "jakarta.faces.partial.event", "change", "list:" + field + "_input", value));
    }

    static HttpRequestActionBuilder page(String name, int first) {
        return page(name, Integer.toString(first));
    }

    static HttpRequestActionBuilder page(String name, String first) {
        return listAjax(name, "list:table", Map.of("jakarta.faces.partial.execute", "list:table",
                "jakarta.faces.partial.render", "list:table", "list:table", "list:table", "list:table_pagination", "true",
                "list:table_first", first, "list:table_rows", "20", "list:table_skipChildren", "true",
                "list:table_encodeFeature", "true"));
    }

    static HttpRequestActionBuilder search() {
        return listAjax("search top 20", "list:search", Map.of("jakarta.faces.partial.execute", "list",
                "jakarta.faces.partial.render", "list:table", "list:search", "list:search", "list:text", "#{phrase}"));
    }

    static ScenarioBuilder list() {
        return scenario("list").exec(signIn("lanhdao")).exec(openList())
                .exec(select("filter status", "status", "ANSWERED")).exec(select("sort oldest first", "sort", "OLDEST_FIRST"))
                .exec(loop(exec(page("list page 1 (filtered, sorted)", 0)), 1));
    }

    /**
     * Page 400 as a user reaches it: the paginator offers First, Previous and Next only, and the list counts
     * nothing, so page 400 is 399 clicks on Next, each seeking past the last row of the page before (keyset).
     */
    static ScenarioBuilder page400() {
        return scenario("page400").exec(signIn("lanhdao"))
                .exec(loop(exec(openList())
                        .exec(page("list page 1", 0))
                        .exec(repeat(PAGE - 2, "n").on(exec(session -> session.set("first", 20 * (session.getInt("n") + 1)))
                                .exec(page("list pages 2-" + (PAGE - 1) + " (Next)", "#{first}"))))
                        .exec(page("list page " + PAGE + " (Next)", Integer.toString(20 * (PAGE - 1)))
                                .check(substring("data-ri=\"" + 20 * (PAGE - 1) + "\""))), PAGE + 1));
    }

    static ScenarioBuilder searchBox() {
        return scenario("search").exec(signIn("lanhdao")).exec(openList())
                .exec(loop(exec(search()), 1));
    }

    static ScenarioBuilder dashboard() {
        return scenario("dashboard").exec(signIn("lanhdao"))
                .exec(loop(exec(http("leader dashboard").get("/leader/dashboard")
                        .check(status().is(200), regex("<error>").notExists())), 1));
    }

    /** Each time a new form: opened (GET), filled in and saved. */
    static ScenarioBuilder submit() {
        return scenario("submit").exec(signIn("canbo"))
                .exec(loop(
                        exec(http("petition form (GET)").get("/petition/new")
                                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"), NONCE, SUBMISSION_KEY))
                        .exec(savePetition()), 2));
    }

    /**
     * The counter clerk's loop: the form opened once, then saved again and again, as a clerk enters a stack of
     * petitions. Each save's answer holds the next petition's key; the browser empties the form itself and
     * "Tiếp nhận kiến nghị khác" shows it without a request.
     */
    static ScenarioBuilder entry() {
        return scenario("entry").exec(signIn("canbo"))
                .exec(http("petition form (GET)").get("/petition/new")
                        .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("vs"), NONCE, SUBMISSION_KEY))
                .exec(loop(exec(savePetition()), 1));
    }

    /** A changed ViewState in a partial response, when there is one (the old one stays otherwise). */
    static final io.gatling.javaapi.core.CheckBuilder VIEW_STATE =
            regex("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>").optional().saveAs("vs");

    /** The next petition's key, which the save's answer carries (as a browser sends it with the next save). */
    static final io.gatling.javaapi.core.CheckBuilder SUBMISSION_KEY =
            regex("id=\"intake:submissionKey\"[^>]*value=\"([^\"]+)\"").saveAs("key");

    static HttpRequestActionBuilder savePetition() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return http("submit petition").post("/petition/new")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", "intake:save")
                .formParam("jakarta.faces.partial.execute", "intake").formParam("jakarta.faces.partial.render", "result")
                .formParam("intake:save", "intake:save").formParam("intake", "intake")
                .formParam("intake:channel", "COUNTER").formParam("intake:receivedOn_input", today)
                .formParam("intake:kind_input", "FEEDBACK").formParam("intake:competence_input", "COMMUNE")
                .formParam("intake:content", "Cử tri thôn Đồng Tâm phản ánh đường liên thôn xuống cấp, nhiều ổ gà, "
                        + "mùa mưa lầy lội, học sinh đi lại khó khăn. Đề nghị xã sớm khảo sát và có phương án khắc phục.")
                .formParam("intake:category_input", "2").formParam("intake:village_input", "")
                .formParam("intake:name", "Nguyễn Văn Bình").formParam("intake:phone", "0912345678")
                .formParam("intake:address", "thôn Đồng Tâm").formParam("intake:language_input", "Tiếng Việt")
                .formParam("intake:submissionKey", "#{key}")
                .formParam("jakarta.faces.ViewState", "#{vs}").formParam("primefaces.nonce", "#{nonce}")
                .check(regex("id=\"trackingCode\"[^>]*>\\d{6}-\\d{6}-"), regex("<error>").notExists(), VIEW_STATE, SUBMISSION_KEY);
    }

    /** Many signed-in sessions, each having opened the list and the dashboard, then idle (heap read outside). */
    static ScenarioBuilder sessions() {
        return scenario("sessions").exec(signIn("lanhdao")).exec(openList())
                .exec(http("leader dashboard").get("/leader/dashboard")).exec(pause(Duration.ofSeconds(SECONDS)));
    }

    {
        PopulationBuilder population = switch (SCENARIO) {
            case "list" -> list().injectOpen(atOnceUsers(USERS));
            case "page400" -> page400().injectOpen(atOnceUsers(USERS));
            case "search" -> searchBox().injectOpen(atOnceUsers(USERS));
            case "dashboard" -> dashboard().injectOpen(atOnceUsers(USERS));
            case "submit" -> submit().injectOpen(atOnceUsers(USERS));
            case "entry" -> entry().injectOpen(atOnceUsers(USERS));
            // The CI smoke run: every page scenario at once, a few users each, for a few seconds.
            case "smoke" -> null;
            case "sessions" -> sessions().injectOpen(rampUsers(USERS).during(Duration.ofSeconds(Math.max(10, USERS / 4))));
            default -> throw new IllegalArgumentException("bench.scenario: " + SCENARIO);
        };
        if (population == null) {
            setUp(list().injectOpen(atOnceUsers(USERS)), page400().injectOpen(atOnceUsers(1)),
                    searchBox().injectOpen(atOnceUsers(USERS)), dashboard().injectOpen(atOnceUsers(USERS)),
                    submit().injectOpen(atOnceUsers(USERS)), entry().injectOpen(atOnceUsers(USERS))).protocols(PROTOCOL);
        } else {
            setUp(population).protocols(PROTOCOL);
        }
    }
}
