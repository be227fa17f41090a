package vn.dannguyen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the newest Gatling report (target/gatling) as a table: per request, count, p50/p95/p99 and the
 * throughput over the measured loop ({@code bench.seconds}), read from the report's js/stats.json.
 */
public final class GatlingSummary {


    private GatlingSummary() {
    }

    public static void main(String[] args) throws IOException {
        summarize(Path.of(args.length > 0 ? args[0] : "target/gatling"));
    }

    /** Prints the table of the newest report under {@code root}; returns how many requests failed. */
    public static long summarize(Path root) throws IOException {
        int seconds = Integer.getInteger("bench.seconds", 60);
        Path report;
        try (Stream<Path> dirs = Files.list(root)) {
            report = dirs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
        Path stats = report.resolve("js/stats.json");
        String json = Files.readString(Files.exists(stats) ? stats : report.resolve("js/stats.js"));
        System.out.println("Gatling report " + report);
        System.out.printf("%-42s %7s %6s %7s %7s %7s %9s%n", "request (ms)", "count", "KO", "p50", "p95", "p99", "per s*");
        // Each request's block: "name": "...", ..., "stats": { ... "numberOfRequests": {"total": n, "ok": .., "ko": ..}, "percentiles1": {...
        long failed = 0;
        Matcher names = Pattern.compile("\"?stats\"?:\\s*\\{\\s*\"name\":\\s*\"([^\"]+)\"").matcher(json);
        while (names.find()) {
            String name = names.group(1);
            String block = json.substring(names.end(), Math.min(json.length(), names.end() + 3000));
            long total = number(block, "numberOfRequests", "total");
            long ko = number(block, "numberOfRequests", "ko");
            long p50 = number(block, "percentiles1", "total");
            long p95 = number(block, "percentiles3", "total");
            long p99 = number(block, "percentiles4", "total");
            System.out.printf("%-42s %7d %6d %7d %7d %7d %9.1f%n", name, total, ko, p50, p95, p99, total / (double) seconds);
            if (!"All Requests".equals(name)) {
                failed += Math.max(0, ko);
            }
        }
        System.out.println("* count divided by the measured loop (bench.seconds); sign-in and set-up requests ran outside it.");
        return failed;
    }

    private static long number(String block, String field, String key) {
        Matcher m = Pattern.compile("\"" + field + "\":\\s*\\{[^}]*\"" + key + "\":\\s*\"?(-?\\d+)").matcher(block);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
