package org.rejoin.children.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.access.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The children API: tokens, errors that name each field, ETags against lost updates. */
@IntegrationTest
class ChildApiTests {

    static final String CHILD = """
            {"legalForename": "Tobi", "legalSurname": "Adebayo", "dateOfBirth": "2014-05-06", "sex": "MALE",
             "upn": "H243278544154", "addresses": [{"line1": "4 Mill Lane", "town": "Kingsbridge", "postcode": "KB3 4DE"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Fixtures fixtures;

    String officer;

    @BeforeEach
    void token() {
        officer = users.token("cme.officer");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void withoutATokenTheAnswerIs401AndWithABadOneToo() throws Exception {
        mvc.perform(get("/api/v1/children")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer rjn_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API token is not valid or has been revoked"));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() throws Exception {
        var admin = users.user("admin");
        var created = SystemAuthentication.run(admin,
                () -> accounts.createToken(users.user("cme.officer").id(), "to revoke", admin));
        mvc.perform(as(get("/api/v1/children"), created.secret())).andExpect(status().isOk());
        SystemAuthentication.run(admin, () -> {
            accounts.revokeToken(created.token().id(), admin);
            return null;
        });
        mvc.perform(as(get("/api/v1/children"), created.secret())).andExpect(status().isUnauthorized());
    }

    @Test
    void createReadAndUpdateWithAnETag() throws Exception {
        String location = mvc.perform(as(post("/api/v1/children?confirmNew=true"), officer).content(CHILD))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.legalForename").value("Tobi"))
                .andExpect(jsonPath("$.upnTemporary").value(false))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(as(get(location), officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.addresses[0].postcode").value("KB3 4DE"));

        String changed = CHILD.replace("Adebayo", "Adebayo-Okafor");
        mvc.perform(as(put(location), officer).content(changed)).andExpect(status().isPreconditionRequired());
        mvc.perform(as(put(location), officer).header("If-Match", "\"0\"").content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.legalSurname").value("Adebayo-Okafor"));
        mvc.perform(as(put(location), officer).header("If-Match", "\"0\"").content(CHILD))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail", startsWith("Someone else changed this child's record")));
    }

    @Test
    void aPossibleDuplicateAnswers409WithTheChildrenItMayBe() throws Exception {
        String twin = CHILD.replace("H243278544154", "A950000178301");
        mvc.perform(as(post("/api/v1/children?confirmNew=true"), officer).content(twin)).andExpect(status().isCreated());
        mvc.perform(as(post("/api/v1/children"), officer).content(twin)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Already in the register"))
                .andExpect(jsonPath("$.duplicates[0].band").value("MATCH"))
                .andExpect(jsonPath("$.duplicates[0].reasons", hasItem("UPN A950000178301 is already on this record")))
                .andExpect(jsonPath("$.duplicates[0].fields[0].level").value("same permanent UPN"));
        mvc.perform(as(post("/api/v1/children/matches"), officer).content(twin.replace("Tobi", "Toby")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].band").value("MATCH"))
                .andExpect(jsonPath("$[0].modelVersion").exists());
        mvc.perform(as(post("/api/v1/children/matches"), users.token("school")).content(twin)).andExpect(status().isForbidden());
    }

    @Test
    void invalidInputAnswers400NamingEachFieldAndRule() throws Exception {
        mvc.perform(as(post("/api/v1/children"), officer).content("""
                {"legalForename": "", "legalSurname": "Smith", "dateOfBirth": "2014-05-06", "sex": "MALE",
                 "upn": "A801200005001"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalForename"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the child's legal first name"))
                .andExpect(jsonPath("$.errors[1].field").value("upn"))
                .andExpect(jsonPath("$.errors[1].message").value(
                        "UPN check letter is wrong: A801200005001 should start with B"));
        mvc.perform(as(post("/api/v1/children"), officer).content(CHILD.replace("\"MALE\"", "\"BOY\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sex"));
        mvc.perform(as(post("/api/v1/children"), officer).content(CHILD.replace("2014-05-06", "06/05/2014")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        mvc.perform(as(get("/api/v1/children?dateOfBirth=yesterday"), officer)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("'yesterday' is not a date as yyyy-MM-dd"));
    }

    @Test
    void unknownAnswers404AndAForbiddenRoleAnswers403() throws Exception {
        mvc.perform(as(get("/api/v1/children/{id}", UUID.randomUUID()), officer)).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/v1/children"), users.token("school")).content(CHILD)).andExpect(status().isForbidden());
    }

    @Test
    void searchIsPagedAndEstablishmentsAreFoundByUrn() throws Exception {
        for (int i = 0; i < 6; i++) {
            fixtures.child("Paging", "Smith");
        }
        mvc.perform(as(get("/api/v1/children?name=smith&size=5"), officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(5)).andExpect(jsonPath("$.items.length()").value(5));
        mvc.perform(as(get("/api/v1/establishments/{urn}", TestUsers.ABBEY_PRIMARY), officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Abbey Primary School"));
        mvc.perform(as(get("/api/v1/establishments?q=academy&group=ALTERNATIVE_PROVISION"), officer))
                .andExpect(jsonPath("$.items[0].name").value("Compass Alternative Provision Academy"));
        mvc.perform(as(get("/api/v1/establishments/123456"), officer)).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/children/{id}'].put").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.info.title", containsString("Rejoin")));
    }
}
