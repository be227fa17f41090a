package vn.dannguyen.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Browsers an account has signed in from (OWASP's "device cookie"): after a success the browser keeps a cookie
 * signed by the server that names the account, a random device id and the password it was earned with. A
 * sign-in from such a browser is spared the account-wide throttle and counted on its device id instead
 * ({@link SignInThrottle}), so someone failing from elsewhere cannot lock the owner out, and a stolen cookie
 * buys five guesses, not five per address. A new password makes every earlier cookie worthless.
 * <p>
 * The key is {@code DANNGUYEN_DEVICE_KEY} (give every server of a cluster the same); without it, one is drawn
 * once and kept in the server's data directory ({@code dannguyen-device-key}, readable by the server only).
 */
@ApplicationScoped
public class KnownDevices {

    static final Duration LIFETIME = Duration.ofDays(180);
    private static final String PREFIX = "dn_device_";
    private static final String PENDING = KnownDevices.class.getName() + ".pending";

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();
    private Clock clock = Clock.systemUTC();

    public KnownDevices() {
        this(keyOf(System.getenv("DANNGUYEN_DEVICE_KEY"), System.getProperty("jboss.server.data.dir")));
    }

    KnownDevices(byte[] key) {
        this.key = key;
    }

    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** The id of this browser when it has signed in to {@code username} (canonical) with its current password. */
    public Optional<String> device(HttpServletRequest request, String username, String passwordHash) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || passwordHash == null) {
            return Optional.empty();
        }
        String name = cookieName(username);
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                Optional<String> device = deviceOf(cookie.getValue(), username, passwordHash);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * After a successful sign-in: the browser is remembered by the next response of this session
     * ({@link #rememberWhenAsked}), since the answer to the sign-in itself may be a redirect already sent.
     */
    public void rememberOnNextResponse(HttpServletRequest request, String username, String passwordHash) {
        request.getSession().setAttribute(PENDING, new String[] {username, passwordHash});
    }

    /** Sets the cookie a sign-in asked for, once; the caller must still be signed in as that account. */
    public void rememberWhenAsked(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (!(pending instanceof String[] account)) {
            return;
        }
        session.removeAttribute(PENDING);
        if (request.getUserPrincipal() != null && account[0].equals(request.getUserPrincipal().getName())) {
            // SameSite=Strict and HttpOnly: no other site and no script ever sends or reads it; Secure behind TLS.
            response.addHeader("Set-Cookie", cookieName(account[0]) + "=" + cookieValue(account[0], account[1])
                    + "; Max-Age=" + LIFETIME.toSeconds()
                    + "; Path=" + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
        }
    }

    String cookieValue(String username, String passwordHash) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String device = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return device + "." + expires + "." + sign(username, device, expires, passwordHash);
    }

    Optional<String> deviceOf(String value, String username, String passwordHash) {
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        try {
            long expires = Long.parseLong(parts[1]);
            boolean valid = expires > clock.instant().getEpochSecond()
                    && MessageDigest.isEqual(sign(username, parts[0], expires, passwordHash).getBytes(StandardCharsets.US_ASCII),
                            parts[2].getBytes(StandardCharsets.US_ASCII));
            return valid ? Optional.of(parts[0]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String username, String device, long expires, String passwordHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((username + '\n' + device + '\n' + expires + '\n' + passwordHash)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One cookie per account, so the clerks sharing a counter PC each keep theirs. */
    static String cookieName(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] keyOf(String configured, String dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        byte[] drawn = new byte[32];
        new SecureRandom().nextBytes(drawn);
        if (dataDirectory == null) {
            return drawn;
        }
        Path file = Path.of(dataDirectory, "dannguyen-device-key");
        try {
            Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))), drawn);
            return drawn;
        } catch (FileAlreadyExistsException kept) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
