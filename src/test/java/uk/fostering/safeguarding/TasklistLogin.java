package uk.fostering.safeguarding;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like HTTP client signed in to Tasklist the way the login page does it (session + CSRF cookie). */
public final class TasklistLogin {

    private final HttpClient client;
    private final CookieManager cookies;
    private final String base;
    private final String app;
    private String csrf;

    private TasklistLogin(HttpClient client, CookieManager cookies, String base, String app) {
        this.client = client;
        this.cookies = cookies;
        this.base = base;
        this.app = app;
    }

    public static TasklistLogin signIn(int port, String user) throws IOException, InterruptedException {
        return signIn(port, user, "tasklist");
    }

    /** Signed in to one of the webapps ({@code tasklist}, {@code cockpit}, {@code admin}). */
    public static TasklistLogin signIn(int port, String user, String app) throws IOException, InterruptedException {
        return signIn(port, user, app, user);
    }

    /** Signed in with a password of the person's own (the demo people's equal their user ids). */
    public static TasklistLogin signIn(int port, String user, String app, String password)
            throws IOException, InterruptedException {
        TasklistLogin browser = opened(port, app);
        HttpResponse<String> login = browser.client.send(HttpRequest.newBuilder(
                        URI.create(browser.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.currentToken())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login to " + app + " failed for " + user + ": " + login.statusCode());
        }
        // the login starts a new session, whose CSRF token Camunda hands out with the next read
        browser.client.send(HttpRequest.newBuilder(URI.create(browser.base + "/camunda/api/engine/engine/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    /** A browser that opened a webapp's page (session and CSRF cookie) and signed in as nobody. */
    public static TasklistLogin opened(int port, String app) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        TasklistLogin browser = new TasklistLogin(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies).build(), cookies, "http://localhost:" + port, app);
        browser.client.send(HttpRequest.newBuilder(URI.create(browser.base + "/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    /** The session's current token (the newest cookie), when a page did not hand out a new one. */
    private String currentToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    public static HttpResponse<String> anonymousGet(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A call as Tasklist's scripts make it: JSON, with the CSRF token of the session's current cookie. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", currentToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JSON posted through Tasklist's own API, as Tasklist posts it. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Sends with the session's CSRF token; signing in started a new session, which has a token of its own. */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer)
            throws IOException, InterruptedException {
        if (csrf == null) {
            csrf = get("/camunda/app/" + app + "/default/").headers().allValues("Set-Cookie").stream()
                    .flatMap(cookie -> HttpCookie.parse(cookie).stream()).filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseGet(this::currentToken);
        }
        return client.send(request.header("X-XSRF-TOKEN", csrf).build(), answer);
    }

    /** A form post as the browser sends it ({@code application/x-www-form-urlencoded}). */
    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
