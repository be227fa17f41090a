package vn.dannguyen.people;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2-HMAC-SHA512 with 600,000 iterations and a 32-byte salt (OWASP's 2023+ guidance for PBKDF2).
 * The stored form carries its own parameters, so raising the work factor later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A valid hash of a random password: checked when the user is unknown, so timing tells nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash == null ? decoy : storedHash);
    }
}
