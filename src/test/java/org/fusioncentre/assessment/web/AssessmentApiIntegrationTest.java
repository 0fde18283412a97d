package org.fusioncentre.assessment.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.fusioncentre.AuthenticatedMockMvc.class)
class AssessmentApiIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsDistrictsAndProvincesAsOfADayAndOneUnitWithItsMethod() throws Exception {
        mvc.perform(get("/api/v1/assessments").param("as_of", "2026-06-30").param("unit_level", "province"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.as_of").value("2026-06-30"))
                .andExpect(jsonPath("$.items.length()").value(7))
                .andExpect(jsonPath("$.items[0].unit_level").value("PROVINCE"));
        mvc.perform(get("/api/v1/assessments/PK211").param("as_of", "2026-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("LOW"))
                .andExpect(jsonPath("$.probability_of_fatal").value(0.0))
                .andExpect(jsonPath("$.valid_until").value("2026-07-01"))
                .andExpect(jsonPath("$.method").value(org.hamcrest.Matchers.startsWith("B2")));
    }

    @Test
    void answersBadQueriesWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/assessments/PK2999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unknown-unit"));
        mvc.perform(get("/api/v1/assessments")
                        .param("as_of", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-as-of"));
        mvc.perform(get("/api/v1/assessments").param("unit_level", "county"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-unit-level"));
        mvc.perform(post("/api/v1/assessments/PK226/overrides")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"author\": \"analyst.one\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reason")));
    }

    @Test
    void anOverrideMakesTheUnitCriticalUntilItExpires() throws Exception {
        mvc.perform(post("/api/v1/assessments/PK226/overrides")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"specific threat\", \"author\": \"analyst.one\", \"hours\": 24}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("CRITICAL"))
                .andExpect(jsonPath("$.author")
                        .value(org.fusioncentre.AuthenticatedMockMvc.ADMIN)); // the account, not the body

        mvc.perform(get("/api/v1/assessments/PK226")
                        .param("as_of", LocalDate.now(ZoneId.of("Asia/Karachi")).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("CRITICAL"))
                .andExpect(jsonPath("$.statistical_level").value("LOW"))
                .andExpect(jsonPath("$.override.reason").value("specific threat"));
        mvc.perform(get("/api/v1/assessments/PK226/overrides"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }
}
