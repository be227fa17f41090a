package vn.dannguyen.bench;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the benchmarks run against: the application exactly as built (target/dan-nguyen.war) plus the
 * service-level benchmark servlet. Used by the CI smoke test (Arquillian) and, written to a file by
 * {@link #main}, by the province-scale run (BENCHMARKS.md).
 */
public final class BenchWar {

    private BenchWar() {
    }

    public static WebArchive create() {
        return ShrinkWrap.create(ZipImporter.class, "dan-nguyen.war")
                .importFrom(new File(System.getProperty("it.war", "target/dan-nguyen.war")))
                .as(WebArchive.class)
                .addClasses(ServiceBenchServlet.class, ServiceBenchServlet.Call.class, VietnameseCorpus.class, SearchReindexServlet.class);
    }

    /** Writes the benchmark WAR to {@code bench.war} (target/bench/ROOT.war). */
    public static void main(String[] args) {
        File target = new File(System.getProperty("bench.war", "target/bench/ROOT.war"));
        target.getParentFile().mkdirs();
        create().as(ZipExporter.class).exportTo(target, true);
        System.out.println("Benchmark WAR: " + target);
    }
}
