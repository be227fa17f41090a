package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.shared.Role;

/** Sign-in against accounts stored in MariaDB, with PBKDF2 hashes of 600,000 iterations. */
@ExtendWith(ArquillianExtension.class)
class IdentityStoreIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    DatabaseIdentityStore identityStore;

    @Inject
    TestData testData;

    private long commune;
    private String leader;

    @BeforeEach
    void makeAccount() {
        commune = testData.commune("Xã Đăng Nhập");
        leader = testData.user(commune, false, Role.LEADER, Role.STAFF);
    }

    @AfterEach
    void removeAccount() {
        testData.removeCommune(commune);
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(leader, TestData.PASSWORD));
        assertEquals(Status.VALID, result.getStatus());
        assertEquals(leader, result.getCallerPrincipal().getName());
        assertEquals(Set.of("LEADER", "STAFF"), result.getCallerGroups());
    }

    @Test
    void userNamesAreNotCaseSensitive() {
        assertEquals(Status.VALID, identityStore.validate(
                new UsernamePasswordCredential(" " + leader.toUpperCase() + " ", TestData.PASSWORD)).getStatus());
    }

    @Test
    void anotherSpellingIsAnotherNameEvenWhereTheDatabaseWouldFoldIt() {
        // "t1a2..." with its letters accented or full width: the same account under utf8mb4_unicode_520_ci.
        String accented = leader.replaceFirst("a", "ả").replaceFirst("e", "ẻ");
        String fullWidth = (char) (leader.charAt(0) - 'a' + 'ａ') + leader.substring(1);
        for (String spelling : new String[] {accented, fullWidth, "ť" + leader.substring(1)}) {
            if (!spelling.equals(leader)) {
                assertEquals(Status.INVALID, identityStore.validate(
                        new UsernamePasswordCredential(spelling, TestData.PASSWORD)).getStatus(), spelling);
            }
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledAccountAreRefused() {
        assertEquals(Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(leader, "wrong")).getStatus());
        assertEquals(Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential("khong-co-ai", TestData.PASSWORD)).getStatus());
        testData.deactivate(leader);
        assertEquals(Status.INVALID, identityStore.validate(
                new UsernamePasswordCredential(leader, TestData.PASSWORD)).getStatus());
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithSixHundredThousandIterations() {
        String stored = (String) testData.single("select password_hash from app_user where username = ?1", leader);
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 600_000, stored);
        assertTrue(!stored.contains(TestData.PASSWORD));
    }
}
