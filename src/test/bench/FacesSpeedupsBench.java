import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Faces speed-ups measured against the plain framework (README, "Faces speed-ups"), one user, one request at a
 * time, on a running demo server: the petition list's Ajax paging (as lanhdao) and the intake form's save (as canbo),
 * each {@code rounds} × {@code n} requests after a warm-up. Prints per round the wall time and, given the server's
 * process id, the server's CPU time per request (read from /proc), which varies far less on a shared machine.
 *
 * <pre>java src/test/bench/FacesSpeedupsBench.java http://127.0.0.1:9280 [server pid] [n=200] [rounds=5]</pre>
 *
 * Run it once on a server started as usual and once on one started with DANNGUYEN_FACES_SPEEDUPS=false.
 */
public class FacesSpeedupsBench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final Pattern KEY = Pattern.compile("id=\"intake:submissionKey\"[^>]*value=\"([^\"]+)\"");

    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    String viewState;
    String nonce;

    FacesSpeedupsBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        FacesSpeedupsBench leader = new FacesSpeedupsBench(base).signIn("lanhdao");
        leader.open("/petition/list");
        FacesSpeedupsBench clerk = new FacesSpeedupsBench(base).signIn("canbo");
        String[] key = {find(KEY, clerk.open("/petition/new"), "submission key")};
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        Request list = () -> leader.ajax("/petition/list", Map.of("jakarta.faces.source", "list:table",
                "jakarta.faces.partial.execute", "list:table", "jakarta.faces.partial.render", "list:table", "list", "list",
                "list:table", "list:table", "list:table_pagination", "true", "list:table_first", "0", "list:table_rows", "20",
                "list:table_skipChildren", "true", "list:table_encodeFeature", "true"), "list:table");
        Request save = () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.source", "intake:save");
            form.put("jakarta.faces.partial.execute", "intake");
            form.put("jakarta.faces.partial.render", "result");
            form.put("intake:save", "intake:save");
            form.put("intake", "intake");
            form.put("intake:channel", "COUNTER");
            form.put("intake:receivedOn_input", today);
            form.put("intake:kind_input", "FEEDBACK");
            form.put("intake:competence_input", "COMMUNE");
            form.put("intake:content", "Cử tri thôn Đồng Tâm phản ánh đường liên thôn xuống cấp, nhiều ổ gà, mùa mưa lầy lội.");
            form.put("intake:category_input", "2");
            form.put("intake:village_input", "");
            form.put("intake:name", "Nguyễn Văn Bình");
            form.put("intake:phone", "0912345678");
            form.put("intake:address", "thôn Đồng Tâm");
            form.put("intake:language_input", "Tiếng Việt");
            form.put("intake:submissionKey", key[0]);
            String answer = clerk.ajax("/petition/new", form, "trackingCode");
            key[0] = find(KEY, answer, "next submission key");
        };

        for (Map.Entry<String, Request> kind : List.of(Map.entry("list page (Ajax)", list), Map.entry("intake save", save))) {
            for (int i = 0; i < n; i++) {
                kind.getValue().send(); // warm-up
            }
            List<String> walls = new ArrayList<>();
            List<String> cpus = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long cpu0 = cpu(pid);
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    kind.getValue().send();
                }
                walls.add(String.format("%.2f", (System.nanoTime() - t0) / 1e6 / n));
                cpus.add(String.format("%.2f", (cpu(pid) - cpu0) * 10.0 / n));
            }
            System.out.printf("%-17s n=%d  wall ms/request %s  server CPU ms/request %s%n", kind.getKey(), n, walls,
                    pid > 0 ? cpus : "(no pid)");
        }
    }

    interface Request {
        void send() throws Exception;
    }

    /** utime + stime of the server process, in clock ticks (100 a second). */
    static long cpu(long pid) throws Exception {
        if (pid <= 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    FacesSpeedupsBench signIn(String user) throws Exception {
        open("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", "DanNguyen@2026");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
        return this;
    }

    String open(String path) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        viewState = find(VIEW_STATE, page, "ViewState on " + path);
        nonce = find(NONCE, page, "nonce on " + path);
        return page;
    }

    String ajax(String path, Map<String, String> params, String expected) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(params);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        String answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!answer.contains(expected) || answer.contains("<error>")) {
            throw new IllegalStateException(path + " answered: " + answer.substring(0, Math.min(answer.length(), 2000)));
        }
        Matcher changed = PARTIAL_VIEW_STATE.matcher(answer);
        if (changed.find()) {
            viewState = changed.group(1);
        }
        return answer;
    }

    static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what);
        }
        return m.group(1);
    }

    static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
