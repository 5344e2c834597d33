package org.rejoin.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.rejoin.demo.DemoProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The page benchmark: the main pages opened over HTTP, as each demo user opens them, on the running
 * application with its demo LA (250,000 children for the README's figures). Each page is opened a few
 * times to warm up, then {@code rejoin.benchmark.requests} times; it prints p50 and p95 of the whole
 * request (sign-in session, scope, queries, rendering), and stops. Two baselines are measured in the
 * same run: for each page a school, provider or agency user opens, the same page opened by the LA
 * administrator, whose scope is the whole LA (the same queries without the organisation's scope);
 * and the accessibility statement, a page that reads no data (the cost of the request itself).
 * <pre>java -jar rejoin-app/target/rejoin.jar --rejoin.benchmark=pages --rejoin.demo.children=250000 ...</pre>
 */
@Component
@ConditionalOnProperty(name = "rejoin.benchmark", havingValue = "pages")
class PageBenchmark {

    /** The target every page a user opens is held to (p95, the 250,000-child demo). */
    static final double TARGET_MS = 300;

    private static final int WARM_UP = 3;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final JdbcClient jdbc;
    private final DemoProperties demo;
    private final ApplicationContext context;
    private final int requests;

    PageBenchmark(@Value("${rejoin.benchmark.requests:20}") int requests, JdbcClient jdbc, DemoProperties demo,
            ApplicationContext context) {
        this.jdbc = jdbc;
        this.demo = demo;
        this.context = context;
        this.requests = requests;
    }

    /** A page as one user opens it, and the LA administrator's view of the same page when it is a scoped user's. */
    private record Page(String user, String label, String path, boolean scoped) {
    }

    /** After everything else Rejoin does as it starts (the LA attendance overview is worked out first). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void run() {
        PrintStream out = System.out;
        int code = 0;
        try {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            // The planner's statistics for what the demo load just wrote, as autovacuum would gather them within
            // minutes: pages are measured as they answer on an LA's ordinary day, not during its first load.
            jdbc.sql("analyze").update();
            long children = jdbc.sql("select count(*) from child").query(Long.class).single();
            out.printf("%nPage benchmark: %,d children in the register; %d requests a page after %d to warm up%n%n",
                    children, requests, WARM_UP);
            var sessions = new LinkedHashMap<String, Session>();
            var results = new ArrayList<String>();
            int missed = 0;
            out.printf("%-11s %-44s %9s %9s %13s %13s%n", "user", "page", "p50 ms", "p95 ms", "LA p50 ms", "LA p95 ms");
            for (var page : pages()) {
                var session = sessions.computeIfAbsent(page.user(), u -> new Session(base, u, demo.password()));
                double[] own = measure(session, page.path());
                String laColumns = "";
                if (page.scoped()) {
                    var admin = sessions.computeIfAbsent("admin", u -> new Session(base, u, demo.password()));
                    double[] la = measure(admin, page.path());
                    laColumns = String.format("%13.1f %13.1f", la[0], la[1]);
                }
                String line = String.format("%-11s %-44s %9.1f %9.1f %s%s", page.user(), page.label(), own[0], own[1],
                        laColumns, own[1] < TARGET_MS ? "" : "   over target");
                if (own[1] >= TARGET_MS) {
                    missed++;
                }
                out.println(line);
                results.add(line);
            }
            var floor = measure(sessions.get("admin"), "/accessibility");
            out.printf("%-11s %-44s %9.1f %9.1f%n", "admin", "baseline: accessibility statement (no data)", floor[0], floor[1]);
            out.printf("%ntarget: every page under %.0f ms at p95: %s%n%n", TARGET_MS,
                    missed == 0 ? "met" : "NOT met on " + missed + " of " + results.size() + " pages");
        }
        catch (RuntimeException e) {
            e.printStackTrace(out);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** The pages a new user of each role opens first, with records of the demo to open. */
    private List<Page> pages() {
        UUID abbey = establishment(990001);
        UUID academy = establishment(990045);
        UUID provider = jdbc.sql("select organisation_id from app_user where username = 'provider'").query(UUID.class).single();
        UUID pupil = onRoll(abbey);
        UUID student = onRoll(academy);
        UUID openCase = jdbc.sql("""
                select c.id from cme_case c where not exists (select 1 from cme_milestone m where m.case_id = c.id
                    and m.milestone = 'CLOSED') order by c.opened_at desc limit 1""").query(UUID.class).single();
        UUID referral = jdbc.sql("select id from referral order by received_at desc limit 1").query(UUID.class).single();
        String childOfCase = jdbc.sql("select child_id from cme_case where id = ?").param(openCase).query(UUID.class).single()
                .toString();
        String surname = jdbc.sql("select legal_surname from child where id = ?").param(pupil).query(String.class).single();
        String upnStart = jdbc.sql("select left(upn, 6) from child where id = ?").param(pupil).query(String.class).single();

        var pages = new ArrayList<Page>();
        for (var la : List.of("admin", "manager", "cme.officer", "key.worker")) {
            pages.add(new Page(la, "home", "/", false));
            pages.add(new Page(la, "tasks", "/tasks", false));
        }
        pages.addAll(List.of(
                new Page("cme.officer", "children: search by surname", "/children?name=" + enc(surname), false),
                new Page("cme.officer", "children: search by UPN start", "/children?upn=" + upnStart, false),
                new Page("cme.officer", "child", "/children/" + childOfCase, false),
                new Page("cme.officer", "referrals: intake", "/referrals", false),
                new Page("cme.officer", "referral", "/referrals/" + referral, false),
                new Page("cme.officer", "CME home", "/cme", false),
                new Page("cme.officer", "CME cases", "/cme/cases", false),
                new Page("cme.officer", "CME case", "/cme/cases/" + openCase, false),
                new Page("cme.officer", "attendance (LA)", "/attendance", false),
                new Page("cme.officer", "movements", "/rolls/movements", false),
                new Page("cme.officer", "match reviews", "/matches", false),
                new Page("manager", "CME figures", "/cme/manager", false),
                new Page("manager", "CME targets", "/cme/targets", false),
                new Page("admin", "establishments", "/establishments", false),
                new Page("admin", "establishment", "/establishments/" + academy, false),
                new Page("admin", "calendar", "/calendar", false)));
        for (var school : List.of(Map.entry("school", Map.entry(abbey, pupil)), Map.entry("secondary", Map.entry(academy, student)))) {
            UUID id = school.getValue().getKey();
            pages.addAll(List.of(
                    new Page(school.getKey(), "home", "/", false),
                    new Page(school.getKey(), "children", "/children", true),
                    new Page(school.getKey(), "children: search by surname", "/children?name=" + enc(surname), true),
                    new Page(school.getKey(), "child", "/children/" + school.getValue().getValue(), true),
                    new Page(school.getKey(), "roll", "/rolls/" + id, true),
                    new Page(school.getKey(), "roll: one year group", "/rolls/" + id + "?year=" + (school.getKey().equals("school")
                            ? 3 : 9), true),
                    new Page(school.getKey(), "register", "/attendance/establishments/" + id + "/register", true),
                    new Page(school.getKey(), "establishment, with attendance", "/establishments/" + id, true),
                    new Page(school.getKey(), "referrals sent", "/referrals", false),
                    new Page(school.getKey(), "refer this pupil", "/referrals/new?child=" + school.getValue().getValue(), false)));
        }
        pages.addAll(List.of(
                new Page("provider", "home", "/", false),
                new Page("provider", "children", "/children", true),
                new Page("provider", "roll", "/rolls/" + provider, true),
                new Page("agency", "home", "/", false),
                new Page("agency", "children", "/children", true),
                new Page("agency", "referrals sent", "/referrals", false)));
        return pages;
    }

    private UUID establishment(int urn) {
        return jdbc.sql("select organisation_id from establishment where urn = ?").param(urn).query(UUID.class).single();
    }

    private UUID onRoll(UUID establishment) {
        return jdbc.sql("select child_id from registration where establishment_id = ? and ends_on is null order by child_id limit 1")
                .param(establishment).query(UUID.class).single();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** p50 and p95, in milliseconds, of opening the page after warming up. */
    private double[] measure(Session session, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            session.open(path);
        }
        double[] times = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            session.open(path);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {times[(int) Math.ceil(0.5 * requests) - 1], times[(int) Math.ceil(0.95 * requests) - 1]};
    }

    /** A signed-in user's browser session: its own cookies, as a person's browser keeps them. */
    private static final class Session {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;
        private final String username;

        Session(String base, String username, String password) {
            this.base = base;
            this.username = username;
            var signIn = open("/sign-in");
            var token = CSRF.matcher(signIn);
            if (!token.find()) {
                throw new IllegalStateException("The sign-in page carries no CSRF token");
            }
            var form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            var response = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (response.uri().getPath().startsWith("/sign-in")) {
                throw new IllegalStateException(username + " could not sign in with the demo password");
            }
        }

        String open(String path) {
            var response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(username + " opening " + path + " got HTTP " + response.statusCode());
            }
            return response.body();
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
