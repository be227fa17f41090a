package vn.dannguyen.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session without a browser: signs in through the login form (with its ViewState) and
 * calls the service benchmark ({@link ServiceBenchServlet}); {@link #table} prints the figures with their ratios.
 */
public final class BenchClient {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public BenchClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through /login; fails when the server does not accept the account. */
    public BenchClient signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login");
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no ViewState on /login");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        return this;
    }

    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Runs one service benchmark and returns its figure lines (name|n|p50|p95|p99|mean|raw p50|raw p95|raw p99|raw mean). */
    public List<String> service(String op, int n) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line : get("/bench/service?op=" + op + "&n=" + n).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** The figure lines as a table: p50/p95/p99 of the service, p50/p95 of the raw SQL, and p50 and p95 ratios. */
    public static String table(List<String> lines) {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%-52s %6s %8s %8s %8s %9s %9s %7s %7s%n", "service-level figure (ms)", "n", "p50", "p95", "p99",
                "raw p50", "raw p95", "x p50", "x p95"));
        for (String line : lines) {
            if (line.startsWith("#")) {
                t.append(line).append('\n');
                continue;
            }
            String[] f = line.split("\\|");
            if (f.length < 10) {
                t.append(line).append('\n');
                continue;
            }
            double p50 = Double.parseDouble(f[2]);
            double p95 = Double.parseDouble(f[3]);
            double raw50 = Double.parseDouble(f[6]);
            double raw95 = Double.parseDouble(f[7]);
            t.append(String.format("%-52s %6s %8s %8s %8s %9s %9s %7.1f %7.1f%n", f[0], f[1], f[2], f[3], f[4], f[6], f[7],
                    raw50 > 0 ? p50 / raw50 : 0, raw95 > 0 ? p95 / raw95 : 0));
        }
        return t.toString();
    }

    /**
     * Service-level benchmark of a running server: {@code bench.url} (http://127.0.0.1:8280), {@code bench.user}
     * (lanhdao.tq001), {@code bench.ops} (list,page400,search,dashboard,deadlines,record,import), {@code bench.n} (300).
     */
    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "http://127.0.0.1:8280");
        BenchClient client = new BenchClient(url).signIn(System.getProperty("bench.user", "lanhdao.tq001"),
                System.getProperty("bench.password", DataGenerator.PASSWORD));
        int n = Integer.getInteger("bench.n", 300);
        List<String> lines = new ArrayList<>();
        for (String op : System.getProperty("bench.ops", "list,page400,search,dashboard,deadlines,record,import").split(",")) {
            int count = op.equals("import") ? Integer.getInteger("bench.import.rows", 5000) : op.equals("record") ? Math.min(n, 200) : n;
            List<String> figures = new BenchClient(url).signIn(System.getProperty("bench.user", "lanhdao.tq001"),
                    System.getProperty("bench.password", DataGenerator.PASSWORD)).service(op, count);
            figures.forEach(System.out::println);
            lines.addAll(figures);
        }
        System.out.println();
        System.out.print(table(lines));
        client.get("/home");
    }
}
