package org.rejoin.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.access.SystemAuthentication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EstablishmentImportTests {

    static final String HEADER = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (code),"
            + "TypeOfEstablishment (name),EstablishmentStatus (code),EstablishmentStatus (name),OpenDate,"
            + "PhaseOfEducation (code),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Postcode\n";
    static final String ROWS = "880001,880,Testshire,2001,Ashby Primary,1,Community school,1,Open,01-09-2001,2,Primary,4,11,TS1 1AA\n"
            + "880002,880,Testshire,4001,Ashby Pupil Referral Unit,14,Pupil referral unit,1,Open,01-09-2011,4,Secondary,11,16,TS1 2AA\n"
            + "88000X,880,Testshire,4002,Broken,1,Community school,1,Open,,2,Primary,4,11,\n";

    @Autowired
    EstablishmentImport establishmentImport;

    @Autowired
    Organisations organisations;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    private ImportReport load(String csv) {
        var admin = users.user("admin");
        return SystemAuthentication.run(admin, () -> {
            try {
                return establishmentImport.importGias(new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))),
                        "test.csv", admin);
            }
            catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        var first = load(HEADER + ROWS);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.rejects()).extracting(ImportReport.RowReject::row).containsExactly(4L);

        var second = load(HEADER + ROWS);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);

        var third = load(HEADER + ROWS.replace("Ashby Primary", "Ashby Church of England Primary"));
        assertThat(third.updated()).isEqualTo(1);
        assertThat(organisations.establishmentByUrn(880001).orElseThrow().name())
                .isEqualTo("Ashby Church of England Primary");
        assertThat(organisations.establishmentByUrn(880002).orElseThrow().isAlternativeProvision()).isTrue();
    }

    @Test
    void theImportPageReportsRejectsByRowAndReason() throws Exception {
        var file = new MockMultipartFile("file", "edubase.csv", "text/csv",
                (HEADER + "870001,870,Other,2001,Fine School,1,Community school,1,Open,31-02-2001,2,Primary,4,11,\n")
                        .getBytes(Charset.forName("windows-1252")));
        mvc.perform(multipart("/establishments/import").file(file).with(user(users.user("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("OpenDate &#39;31-02-2001&#39; is not a date in the form dd-MM-yyyy")));
        mvc.perform(multipart("/establishments/import").file(file).with(user(users.user("school"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void establishmentsCanBeListedSearchedAndViewed() throws Exception {
        mvc.perform(get("/establishments?q=referral").with(user(users.user("school")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kingsbridge Pupil Referral Unit")));
        var abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        mvc.perform(get("/establishments/{id}", abbey).with(user(users.user("agency")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("9992001")));
    }
}
