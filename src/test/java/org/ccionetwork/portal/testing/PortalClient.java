package org.ccionetwork.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: an HTTP client with its own cookies that can sign in through the
 * real Keycloak login form, for tests of what the server allows and refuses.
 */
public final class PortalClient {

    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new LocalhostCookies();
    private final HttpClient http;

    public PortalClient(String base) {
        this.base = base.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** One GET, redirects not followed. */
    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** One GET with extra headers (name, value, name, value...). */
    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).headers(headers).GET());
    }

    /** One PUT of plain text with extra headers. */
    public HttpResponse<String> put(String pathOrUrl, String text, String... headers) {
        var request = HttpRequest.newBuilder(uri(pathOrUrl)).header("Content-Type", "text/plain;charset=UTF-8");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** One POST of any body (bytes, a stream) with extra headers. */
    public HttpResponse<String> post(String pathOrUrl, HttpRequest.BodyPublisher body, String... headers) {
        var request = HttpRequest.newBuilder(uri(pathOrUrl));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(body));
    }

    /** One GET whose answer is kept as bytes (downloads). */
    public HttpResponse<byte[]> getBytes(String pathOrUrl) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(pathOrUrl))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET that follows redirects (on any host), returning the last answer. */
    public HttpResponse<String> follow(String pathOrUrl) {
        var response = get(pathOrUrl);
        for (int hops = 0; hops < 10 && isRedirect(response); hops++) {
            response = get(response.uri().resolve(location(response)).toString());
        }
        return response;
    }

    public HttpResponse<String> postForm(String pathOrUrl, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through Keycloak's own login form; returns the page the portal lands on. */
    public HttpResponse<String> signIn(String username, String password, String returnTo) {
        var loginPage = follow("/signin?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        var matcher = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!matcher.find()) {
            throw new AssertionError("No Keycloak login form at " + loginPage.uri() + ":\n" + loginPage.body());
        }
        String action = matcher.group(1).replace("&amp;", "&");
        var answer = postForm(action, Map.of("username", username, "password", password, "credentialId", ""));
        if (!isRedirect(answer)) {
            throw new AssertionError("Keycloak refused " + username + ": " + answer.statusCode() + " "
                    + org.jsoup.Jsoup.parse(answer.body()).text());
        }
        return follow(answer.uri().resolve(location(answer)).toString());
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    /** The portal's own cookies (its session), as a Cookie header for another tool to send. */
    public String portalCookieHeader() {
        return cookies().stream()
                .filter(c -> c.getName().startsWith("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public boolean hasPortalSession() {
        return cookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() / 100 == 3
                && response.headers().firstValue("Location").isPresent();
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    /**
     * Browsers treat http://localhost as a secure context and send it Keycloak's Secure cookies;
     * Java's cookie manager sends those only over https, so it is told localhost is https.
     */
    private static final class LocalhostCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            if ("http".equals(uri.getScheme()) && "localhost".equals(uri.getHost())) {
                uri = URI.create("https" + uri.toString().substring("http".length()));
            }
            return super.get(uri, requestHeaders);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form's fields as the browser sends them: hidden and filled fields, the chosen button. */
    public static Map<String, String> form(String page, String formId, String button, Map<String, String> typed) {
        var form = org.jsoup.Jsoup.parse(page).getElementById(formId);
        if (form == null) {
            throw new AssertionError("the page has no form " + formId + ":\n" + page);
        }
        var fields = new java.util.LinkedHashMap<String, String>();
        for (var input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> {
                    var chosen = input.selectFirst("option[selected]");
                    yield chosen != null
                            ? chosen.attr("value")
                            : input.select("option").stream()
                                    .findFirst()
                                    .map(o -> o.attr("value"))
                                    .orElse("");
                }
                default -> input.attr("value");
            };
            fields.putIfAbsent(input.attr("name"), value);
        }
        fields.putAll(typed);
        fields.put(button, form.getElementById(button).attr("value"));
        return fields;
    }
}
