package vn.dannguyen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark harness in miniature, so the build proves it still works: generates two communes of its own
 * (code prefix BENCH, 5,000 petitions) into the integration-test database, builds their search index, runs a
 * few seconds of the service-level and page benchmarks, prints the figures, and removes everything it wrote.
 * It reports; it never fails on timing (only when the harness itself breaks).
 */
@ExtendWith(ArquillianExtension.class)
class BenchmarkSmokeIT {

    static final String PREFIX = "BENCH";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return BenchWar.create();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void generatesMeasuresAndCleansUp() throws Exception {
        String url = System.getProperty("it.db.url");
        String user = System.getProperty("it.db.user");
        String password = System.getProperty("it.db.password");
        String app = base.toString().replaceAll("/$", "");
        DataGenerator generator = new DataGenerator(url, user, password, 2, 5_000, 42L, PREFIX, 2);
        DataGenerator.delete(url, user, password, PREFIX);
        try {
            DataGenerator.Result generated = generator.generate();
            assertEquals(5_000, generated.petitions());
            BenchClient leader = new BenchClient(app).signIn(generator.username("lanhdao", 0), DataGenerator.PASSWORD);
            System.out.println("Search index: " + leader.get("/bench/reindex").strip());

            List<String> figures = new ArrayList<>();
            figures.addAll(leader.service("list", 100));
            figures.addAll(leader.service("page400", 50));
            figures.addAll(leader.service("search", 100));
            figures.addAll(leader.service("dashboard", 50));
            figures.addAll(leader.service("deadlines", 50));
            figures.addAll(leader.service("record", 20));
            figures.addAll(leader.service("import", 500));
            String table = BenchClient.table(figures);
            System.out.println("\n" + table);
            assertFalse(table.contains("# failed"), table);

            System.setProperty("bench.url", app);
            System.setProperty("bench.scenario", "smoke");
            System.setProperty("bench.users", "2");
            System.setProperty("bench.seconds", "5");
            System.setProperty("bench.communes", "2");
            System.setProperty("bench.prefix", PREFIX.toLowerCase());
            System.setProperty("bench.page", "20");
            int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"-s", PetitionPagesSimulation.class.getName(),
                    "-rf", "target/gatling-smoke", "-l", "maven", "-btv", "3"});
            long failed = GatlingSummary.summarize(java.nio.file.Path.of("target/gatling-smoke"));
            assertEquals(0, exit, "Gatling did not run");
            assertEquals(0, failed, "page requests failed (see the Gatling report in target/gatling-smoke)");
        } finally {
            DataGenerator.delete(url, user, password, PREFIX);
            try {
                new BenchClient(app).signIn("canbo", DataGenerator.PASSWORD).get("/bench/reindex");
            } catch (RuntimeException e) {
                System.out.println("Search index not rebuilt after clean-up: " + e);
            }
        }
    }
}
