package vn.dannguyen;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the build packaged it (target/dan-nguyen.war), for Arquillian to deploy on the
 * provisioned server. Tests add their own classes to it.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR as users get it, for browser tests. */
    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "dan-nguyen.war")
                .importFrom(new File(System.getProperty("it.war", "target/dan-nguyen.war")))
                .as(WebArchive.class);
    }

    /** The WAR with the test helpers and GreenMail, a real SMTP server the test starts inside the server. */
    public static WebArchive withMailServer() {
        try {
            return withTestHelpers().addAsLibraries(new File(com.icegreen.greenmail.util.GreenMail.class
                    .getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The WAR with the shared test helpers, for tests that run inside the server and for browser tests that
     * make their data through {@code FixtureServlet}. Its deployment structure
     * replaces the application's, so it names the application's module (Lucene) as well as the helpers'.
     */
    public static WebArchive withTestHelpers() {
        return application()
                .addClasses(Callers.class, Deployments.class, TestData.class, vn.dannguyen.petition.PetitionFixtures.class,
                        vn.dannguyen.attachment.TestUploads.class)
                .addPackage(vn.dannguyen.fixture.CommuneFixture.class.getPackage())
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure>
                            <deployment>
                                <dependencies>
                                    <module name="org.wildfly.security.elytron"/>
                                    <module name="org.apache.lucene"/>
                                </dependencies>
                            </deployment>
                        </jboss-deployment-structure>
                        """), "jboss-deployment-structure.xml");
    }
}
