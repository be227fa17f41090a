package vn.dannguyen.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Browsers an account has signed in from (OWASP's "device cookie"): after a success the browser keeps a
 * cookie signed by the server that names the account, and sign-ins from it are spared the account-wide
 * throttle, so someone who keeps failing from elsewhere cannot lock the owner out ({@link SignInThrottle}).
 * The key is {@code DANNGUYEN_DEVICE_KEY} (give every server of a cluster the same) or, without it, drawn at
 * start-up; a new key only means each browser is new once more.
 */
@ApplicationScoped
public class KnownDevices {

    static final Duration LIFETIME = Duration.ofDays(180);
    private static final String PREFIX = "dn_device_";
    private static final String PENDING = KnownDevices.class.getName() + ".pending";

    private final byte[] key = keyOf(System.getenv("DANNGUYEN_DEVICE_KEY"));
    private Clock clock = Clock.systemUTC();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Whether this browser has signed in to {@code username} (canonical) before. */
    public boolean isKnown(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        String name = cookieName(username);
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && valid(cookie.getValue(), username)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a successful sign-in: the browser is remembered by the next response of this session
     * ({@link #rememberWhenAsked}), since the answer to the sign-in itself may be a redirect already sent.
     */
    public void rememberOnNextResponse(HttpServletRequest request, String username) {
        request.getSession().setAttribute(PENDING, username);
    }

    /** Sets the cookie a sign-in asked for, once; the caller must still be signed in as that account. */
    public void rememberWhenAsked(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(PENDING);
        if (username == null) {
            return;
        }
        session.removeAttribute(PENDING);
        if (request.getUserPrincipal() != null && username.equals(request.getUserPrincipal().getName())) {
            remember(request, response, (String) username);
        }
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String value = expires + "." + sign(username, expires);
        // SameSite=Strict and HttpOnly: no other site and no script ever sends or reads it; Secure behind TLS.
        response.addHeader("Set-Cookie", cookieName(username) + "=" + value + "; Max-Age=" + LIFETIME.toSeconds()
                + "; Path=" + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                + "; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
    }

    boolean valid(String value, String username) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            long expires = Long.parseLong(value.substring(0, dot));
            return expires > clock.instant().getEpochSecond()
                    && MessageDigest.isEqual(sign(username, expires).getBytes(StandardCharsets.US_ASCII),
                            value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    String sign(String username, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((username + '\n' + expires).getBytes(StandardCharsets.UTF_8));
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

    private static byte[] keyOf(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
