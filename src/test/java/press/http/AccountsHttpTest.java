package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.http.TestService.assertError;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.archive.AuditQuery;
import press.archive.PostgresArchive;
import press.people.Role;
import press.testing.BothArchives;
import press.testing.PostgresDatabase;
import tools.jackson.databind.JsonNode;

/** People log in and act by their roles; withdrawn records hide; everything lands in the audit trail; on both archives. */
class AccountsHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AccountSettings SHORT = new AccountSettings(Duration.ofSeconds(2), Duration.ofMinutes(5), 5,
            Duration.ofMinutes(15));

    @TempDir
    Path data;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, data);
    }

    /** The office: a clerk who drafts, a leader who signs, an administrator; the service over them. */
    private void office(String backend, AccountSettings settings, Consumer<String> test) {
        try (ArchiveStore archive = open(backend)) {
            archive.accounts().add("clerk", EnumSet.of(Role.DRAFTER), PASSWORD, "test");
            archive.accounts().add("leader", EnumSet.of(Role.SIGNER), PASSWORD, "test");
            archive.accounts().add("admin", EnumSet.of(Role.ADMIN), PASSWORD, "test");
            serve(archive, settings, test);
        }
    }

    private static void serve(ArchiveStore archive, AccountSettings settings, Consumer<String> test) {
        Readiness readiness = new Readiness();
        readiness.ready();
        Javalin app = HttpService.create(new StubPress(), archive, TestService.settings(Path.of("unused"),
                ServiceSettings.DEFAULT_MAX_BODY, 2, 8, Duration.ofSeconds(20)), readiness, settings);
        JavalinTest.test(app, (server, client) -> test.accept(client.getOrigin()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDrafterCannotPublishASignerCanAndThePublicationIsAudited(String backend) {
        office(backend, AccountSettings.defaults(), origin -> {
            Visitor clerk = new Visitor(origin);
            assertEquals(200, clerk.login("clerk", PASSWORD).statusCode());
            JsonNode refused = assertError(clerk.publish("考勤附件"), 403, "forbidden");
            assertEquals("[\"signer\"]", refused.path("details").get(0).path("valid").toString());
            Visitor leader = new Visitor(origin);
            JsonNode who = ServiceClient.json(leader.login("leader", PASSWORD));
            assertEquals("leader", who.path("user").asString());
            assertEquals("签发", who.path("rolesChinese").get(0).asString());
            HttpResponse<byte[]> published = leader.publish("全州政务服务工作概况");
            assertEquals(201, published.statusCode(), new String(published.body(), StandardCharsets.UTF_8));
            String sha = ServiceClient.json(published).path("sha256").asString();
            Visitor admin = new Visitor(origin);
            admin.login("admin", PASSWORD);
            JsonNode events = ServiceClient.json(admin.get("/audit?action=published")).path("events");
            assertEquals(1, events.size());
            assertEquals("leader", events.get(0).path("person").asString());
            assertEquals(sha, events.get(0).path("sha256").asString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aWrongPasswordIs401AndAfterFiveFailuresEvenTheRightOneWaits(String backend) {
        office(backend, AccountSettings.defaults(), origin -> {
            Visitor guesser = new Visitor(origin);
            for (int i = 0; i < 5; i++) {
                assertError(guesser.login("leader", "wrong password " + i), 401, "unauthorized");
            }
            HttpResponse<byte[]> limited = guesser.login("leader", PASSWORD);
            JsonNode body = assertError(limited, 429, "too_many_attempts");
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 800 && retryAfter <= 900, "Retry-After " + retryAfter);
            assertEquals(retryAfter, body.path("details").get(0).path("retryAfter").asLong());
            Visitor admin = new Visitor(origin);
            assertEquals(429, admin.login("admin", PASSWORD).statusCode(), "the same address waits for any name");
        });
    }

    @Test
    void aSessionOpenedOnOneNodeIsGoodOnAnotherAndALogoutThereEndsItOnBoth() {
        office("postgres", AccountSettings.defaults(), first -> {
            try (ArchiveStore other = PostgresArchive.open(archives.database().url(), PostgresDatabase.SERVICE_USER,
                    PostgresDatabase.SERVICE_PASSWORD)) {
                serve(other, AccountSettings.defaults(), second -> {
                    Visitor leader = new Visitor(first);
                    leader.login("leader", PASSWORD);
                    Visitor sameBrowser = leader.on(second);
                    assertEquals("leader", ServiceClient.json(sameBrowser.get("/session")).path("user").asString());
                    assertEquals(201, sameBrowser.publish("另一节点").statusCode());
                    assertEquals(200, sameBrowser.send("DELETE", "/session", null).statusCode());
                    assertTrue(ServiceClient.json(leader.get("/session")).path("user").isNull());
                });
            }
        });
    }

    @Test
    void withAccountsTheTokenStillPublishesAsItsOwnIdentity() {
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            archive.accounts().add("admin", EnumSet.of(Role.ADMIN), PASSWORD, "test");
            Readiness readiness = new Readiness();
            readiness.ready();
            ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 8,
                    Duration.ofSeconds(20), "script-token");
            JavalinTest.test(HttpService.create(new StubPress(), archive, settings, readiness), (server, client) -> {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.getOrigin()
                        + "/render?template=gov-service-monthly&format=pdf&archive=true"))
                        .header("Authorization", "Bearer script-token").header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"脚本\"}")).build();
                assertEquals(201, java.net.http.HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            });
            assertEquals("archive-token", archive.audit().read(new AuditQuery(null, "published", null, null, 5)).get(0)
                    .person());
        }
    }

    @Test
    void anUnknownNameAndADisabledAccountAreRefusedAsAWrongPasswordIs() {
        office("sqlite", AccountSettings.defaults(), origin -> {
            assertError(new Visitor(origin).login("nobody", PASSWORD), 401, "unauthorized");
            Visitor admin = new Visitor(origin);
            admin.login("admin", PASSWORD);
            assertEquals(200, admin.send("POST", "/users/clerk/disable", null).statusCode());
            assertError(new Visitor(origin).login("clerk", PASSWORD), 401, "unauthorized");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSessionEndsAfterItsIdleTime(String backend) {
        office(backend, SHORT, origin -> {
            Visitor leader = new Visitor(origin);
            leader.login("leader", PASSWORD);
            assertEquals("leader", ServiceClient.json(leader.get("/session")).path("user").asString());
            sleep(2500);
            JsonNode after = ServiceClient.json(leader.get("/session"));
            assertTrue(after.path("user").isNull(), after.toString());
            assertTrue(after.path("accounts").asBoolean());
            assertError(leader.publish("过期"), 401, "unauthorized");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aLogoutEndsTheSessionAtOnce(String backend) {
        office(backend, AccountSettings.defaults(), origin -> {
            Visitor leader = new Visitor(origin);
            leader.login("leader", PASSWORD);
            String csrf = leader.csrf();
            assertEquals(200, leader.send("DELETE", "/session", null).statusCode());
            assertError(leader.send("POST", "/render?template=gov-service-monthly&format=pdf&archive=true",
                    "{\"title\":\"x\"}", csrf), 401, "unauthorized");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aChangeWithoutTheCsrfTokenOrWithAnotherIsRefused(String backend) {
        office(backend, AccountSettings.defaults(), origin -> {
            Visitor leader = new Visitor(origin);
            leader.login("leader", PASSWORD);
            String path = "/render?template=gov-service-monthly&format=pdf&archive=true";
            String month = "{\"title\":\"月报\",\"period\":\"2020-05\"}";
            JsonNode missing = assertError(leader.send("POST", path, month, null), 403, "forbidden");
            assertTrue(missing.path("message").asString().contains("X-CSRF-Token"));
            assertError(leader.send("POST", path, month, "0".repeat(64)), 403, "forbidden");
            assertEquals(201, leader.send("POST", path, month).statusCode());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void withAccountsThisMachineNeedsASessionToPublishAndWithoutThemItDoesNot(String backend) {
        try (ArchiveStore archive = open(backend)) {
            serve(archive, AccountSettings.defaults(), origin -> {
                Visitor local = new Visitor(origin);
                assertFalse(ServiceClient.json(local.get("/session")).path("accounts").asBoolean());
                assertEquals(201, local.publish("本机发布").statusCode());
                archive.accounts().add("admin", EnumSet.of(Role.ADMIN), PASSWORD, "test");
                assertTrue(ServiceClient.json(local.get("/session")).path("accounts").asBoolean());
                assertError(local.publish("本机发布"), 401, "unauthorized");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aWithdrawnRecordLeavesListingAndSearchIsReadByAnAdministratorAloneAndIsAudited(String backend) {
        office(backend, AccountSettings.defaults(), origin -> {
            Visitor leader = new Visitor(origin);
            leader.login("leader", PASSWORD);
            JsonNode record = ServiceClient.json(leader.publish("考勤附件名单"));
            long id = record.path("id").asLong();
            String search = "/archive/search?q=" + URLEncoder.encode("考勤附件", StandardCharsets.UTF_8);
            assertEquals(1, ServiceClient.json(leader.get(search)).path("hits").size());
            Visitor clerk = new Visitor(origin);
            clerk.login("clerk", PASSWORD);
            assertError(clerk.send("POST", "/archive/" + id + "/withdraw", "{\"reason\":\"附件列出了职工姓名\"}"), 403,
                    "forbidden");
            HttpResponse<byte[]> withdrawn = leader.send("POST", "/archive/" + id + "/withdraw",
                    "{\"reason\":\"附件列出了职工姓名\"}");
            assertEquals(200, withdrawn.statusCode(), new String(withdrawn.body(), StandardCharsets.UTF_8));
            assertEquals("leader", ServiceClient.json(withdrawn).path("withdrawn").path("by").asString());
            assertEquals(0, ServiceClient.json(leader.get(search)).path("hits").size());
            assertEquals(0, ServiceClient.json(leader.get("/archive")).path("total").asLong());
            assertError(leader.get("/archive/" + id), 404, "not_found");
            assertError(leader.get("/archive/" + id + "/file"), 404, "not_found");
            assertError(new Visitor(origin).get("/archive/" + id + "/file"), 404, "not_found");
            Visitor admin = new Visitor(origin);
            admin.login("admin", PASSWORD);
            JsonNode full = ServiceClient.json(admin.get("/archive/" + id));
            assertEquals("附件列出了职工姓名", full.path("withdrawn").path("reason").asString());
            assertEquals(200, admin.get("/archive/" + id + "/file").statusCode());
            JsonNode events = ServiceClient.json(admin.get("/audit?action=withdrawn&person=leader")).path("events");
            assertEquals(1, events.size());
            assertEquals(record.path("sha256").asString(), events.get(0).path("sha256").asString());
            assertEquals(Long.toString(id), events.get(0).path("subject").asString());
            assertError(leader.get("/audit"), 403, "forbidden");
            String csv = new String(admin.get("/audit.csv?action=withdrawn").body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("\"附件列出了职工姓名\""), csv);
        });
    }

    @Test
    void anAdministratorAddsReRolesAndDisablesUsersAndEveryChangeIsAudited() {
        office("sqlite", AccountSettings.defaults(), origin -> {
            Visitor admin = new Visitor(origin);
            admin.login("admin", PASSWORD);
            HttpResponse<byte[]> added = admin.send("POST", "/users",
                    "{\"name\":\"王主任\",\"roles\":[\"审核\",\"signer\"],\"password\":\"" + PASSWORD + "\"}");
            assertEquals(201, added.statusCode(), new String(added.body(), StandardCharsets.UTF_8));
            assertError(admin.send("POST", "/users", "{\"name\":\"王主任\",\"roles\":[],\"password\":\"" + PASSWORD + "\"}"),
                    400, "invalid_parameter");
            assertError(admin.send("POST", "/users", "{\"name\":\"short\",\"roles\":[],\"password\":\"1234\"}"),
                    400, "invalid_parameter");
            assertError(admin.send("PUT", "/users/王主任/roles", "{\"roles\":[\"boss\"]}"), 400, "invalid_parameter");
            assertEquals(200, admin.send("PUT", "/users/" + URLEncoder.encode("王主任", StandardCharsets.UTF_8)
                    + "/roles", "{\"roles\":[\"签发\"]}").statusCode());
            Visitor wang = new Visitor(origin);
            assertEquals("[\"signer\"]", ServiceClient.json(wang.login("王主任", PASSWORD)).path("roles").toString());
            assertError(wang.get("/users"), 403, "forbidden");
            assertError(admin.send("POST", "/users/admin/disable", null), 400, "invalid_parameter");
            assertError(admin.send("POST", "/users/nobody/disable", null), 404, "not_found");
            assertEquals(4, ServiceClient.json(admin.get("/users")).path("users").size());
            JsonNode events = ServiceClient.json(admin.get("/audit?person=admin")).path("events");
            assertEquals("user-roles", events.get(0).path("action").asString());
            assertEquals("user-added", events.get(1).path("action").asString());
            assertEquals("login", events.get(2).path("action").asString());
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
