package vn.dannguyen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second copy of the provisioned WildFly with the application deployed, outside Arquillian, for tests
 * that must kill and restart a server: its own standalone directory under target/ and ports shifted by
 * {@code offset}. Killing is SIGKILL (no shutdown hooks, no orderly undeploy), as a power cut would do.
 */
public final class SecondServer {

    private final Path base;
    private final int offset;
    private final Map<String, String> environment = new HashMap<>();
    private final java.util.Set<String> unset = new java.util.HashSet<>();
    private Process process;

    public SecondServer(String name, int offset) {
        this.base = Path.of("target", name).toAbsolutePath();
        this.offset = offset + Integer.getInteger("it.port.offset", 0);
    }

    public SecondServer env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the server without this variable, though the tests' own environment has it. */
    public SecondServer without(String name) {
        unset.add(name);
        return this;
    }

    public int httpPort() {
        return 8080 + offset;
    }

    public URI uri(String page) {
        return URI.create("http://127.0.0.1:" + httpPort() + "/" + page);
    }

    /** What the server wrote to its console so far. */
    public String console() throws IOException {
        Path log = base.resolve("console.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public Path directory() {
        return base;
    }

    /** A fresh standalone directory (configuration only) with the application deployed in it. */
    public SecondServer prepare() throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path standalone = Path.of(System.getProperty("jboss.home"), "standalone");
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(standalone.resolve("configuration"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("it.war")), base.resolve("deployments").resolve("dan-nguyen.war"),
                StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    public void start() throws IOException {
        Path script = Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("DANNGUYEN_AUDIT_SEAL_SECONDS", "0");
        builder.environment().put("DANNGUYEN_AUDIT_ANCHOR", base.resolve("audit-anchor.log").toString());
        builder.environment().put("DANNGUYEN_FILES_DIR", base.resolve("files").toString());
        builder.environment().put("SMTP_PORT", String.valueOf(3025 + offset));
        builder.environment().putAll(environment);
        builder.environment().keySet().removeAll(unset);
        process = builder.start();
    }

    /** Waits until the sign-in page answers; fails (naming the console log) if the server stops or is too slow. */
    public void awaitDeployed(Duration within) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("the second server stopped; see " + base.resolve("console.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("login")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not come up on port " + httpPort() + "; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the server JVM and its launcher script. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            Thread.sleep(500);
        }
    }
}
