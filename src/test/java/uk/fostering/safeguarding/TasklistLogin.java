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
        TasklistLogin browser = opened(port, app);
        HttpResponse<String> login = browser.client.send(HttpRequest.newBuilder(
                        URI.create(browser.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", browser.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login failed for " + user + ": " + login.statusCode());
        }
        // signing in starts a new session, which gets its own CSRF token with the next page
        browser.open();
        return browser;
    }

    /** A browser that opened a webapp's page (session and CSRF cookie) and signed in as nobody. */
    public static TasklistLogin opened(int port, String app) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        TasklistLogin browser = new TasklistLogin(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies,
                "http://localhost:" + port, app);
        browser.open();
        return browser;
    }

    private void open() throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    public static HttpResponse<String> anonymousGet(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A write as the webapps make it: JSON body (or none) with the session's CSRF token. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrf())
                .header("Content-Type", "application/json").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
