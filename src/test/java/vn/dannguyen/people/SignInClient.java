package vn.dannguyen.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the real sign-in page over plain HTTP from a chosen loopback address (127.x.y.z all reach
 * the server), so a test can be a crowd of clients at different addresses, or one client that sends whatever
 * forwarded headers it likes. Keeps its cookies (the session and the device cookie) like a browser.
 */
final class SignInClient {

    /** What the server answered to a sign-in. */
    record Answer(int status, String location, String body) {

        boolean signedIn() {
            return status == 302 && location != null && !location.contains("login");
        }

        boolean says(String text) {
            return body.contains(text);
        }
    }

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final URL base;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    SignInClient(URL base, String fromAddress) throws IOException {
        this.base = base;
        this.from = InetAddress.getByName(fromAddress);
    }

    Answer signIn(String username, String password, Map<String, String> extraHeaders) throws IOException {
        Answer page = exchange("GET", base.getPath() + "login", null, Map.of());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        // PrimeFaces' script sends the page's nonce with every post-back (primefaces.CSP): a client without it is refused.
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return exchange("POST", base.getPath() + "login", body.toString(), extraHeaders);
    }

    private Answer exchange(String method, String path, String form, Map<String, String> extraHeaders) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            byte[] content = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            if (!cookies.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                cookies.forEach((name, value) -> pairs.add(name + "=" + value));
                request.append("Cookie: ").append(String.join("; ", pairs)).append("\r\n");
            }
            extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String raw = new String(all, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        String[] head = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String location = null;
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String line = head[i];
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase();
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "location" -> location = value;
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "set-cookie" -> {
                    String pair = value.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                default -> { }
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        return new Answer(status, location, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
