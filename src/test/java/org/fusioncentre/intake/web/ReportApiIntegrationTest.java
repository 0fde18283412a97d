package org.fusioncentre.intake.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.UUID;
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
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.fusioncentre.AuthenticatedMockMvc.class)
class ReportApiIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    MockMvc mvc;

    private final String source = "API source " + UUID.randomUUID();

    @Test
    void acceptsOneReportThenAnswersItsResubmissionAsADuplicate() throws Exception {
        String report = "{\"source\": \"" + source
                + "\", \"external_id\": \"x1\", \"published_at\": \"2026-11-01T10:00:00+05:00\", "
                + "\"body\": \"Militants attacked a check post.\", \"marking\": \"AMBER\", \"reporter_note\": \"kept\"}";

        MvcResult created = mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/reports/")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value(source))
                .andExpect(jsonPath("$.external_id").value("x1"))
                .andExpect(jsonPath("$.marking").value("TLP:AMBER"))
                .andExpect(jsonPath("$.published_at").value("2026-11-01T05:00:00Z"))
                .andExpect(jsonPath("$.extra.reporter_note").value("kept"))
                .andExpect(jsonPath("$.raw").value(report));
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUPLICATE"))
                .andExpect(jsonPath("$.id").value(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** SQL and script payloads in every text field: stored exactly, served as inert JSON, harmless to the store. */
    @Test
    void storesHostilePayloadsFaithfullyAndServesThemInert() throws Exception {
        String sql = "'; DROP TABLE report; -- \" OR 1=1 --";
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String template = "${jndi:ldap://127.0.0.1/x} {{7*7}} %s%n";
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("source", source + " " + script);
        fields.put("external_id", sql);
        fields.put("url", "javascript:alert(1)");
        fields.put("title", script);
        fields.put("body", "Militants attacked a check post. " + sql + " " + script + " " + template);
        fields.put("language", "en<script>");
        fields.put("note", sql + script);
        String report = json.writeValueAsString(fields);

        String location = mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(MediaType.APPLICATION_JSON_VALUE)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.source").value(source + " " + script))
                .andExpect(jsonPath("$.external_id").value(sql))
                .andExpect(jsonPath("$.url").value("javascript:alert(1)"))
                .andExpect(jsonPath("$.title").value(script))
                .andExpect(jsonPath("$.body").value(fields.get("body")))
                .andExpect(jsonPath("$.language").value("en<script>"))
                .andExpect(jsonPath("$.extra.note").value(sql + script))
                .andExpect(jsonPath("$.raw").value(report));
        // the filters take the payload as a value, and the store is whole
        mvc.perform(get("/api/v1/reports").param("source", source + " " + script))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/reports").param("source", sql)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/incidents").param("perpetrator", sql).param("district", sql))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void answersARejectedReportWithAProblemDetail() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"no source\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("report-rejected"))
                .andExpect(jsonPath("$.detail").value("missing required field 'source'"));
    }

    @Test
    void answersABatchWithOneResultPerElementInOrder() throws Exception {
        String batch = "[{\"source\": \"" + source + "\", \"body\": \"first\"}, {\"source\": \"" + source + "\"}, "
                + "{\"source\": \"" + source + "\", \"body\": \"first\"}, 7]";

        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.results", hasSize(4)))
                .andExpect(jsonPath("$.results[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.results[1].status").value("REJECTED"))
                .andExpect(jsonPath("$.results[2].status").value("DUPLICATE"))
                .andExpect(jsonPath("$.results[3].status").value("REJECTED"));
    }

    @Test
    void takesJsonLinesAsABatch() throws Exception {
        String lines = "{\"source\": \"" + source + "\", \"body\": \"line one\"}\n{\"source\": \"" + source
                + "\", \"body\": \"line two\"}\n";

        mvc.perform(post("/api/v1/reports").contentType("application/x-ndjson").content(lines))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.results", hasSize(2)));
    }

    @Test
    void answersMalformedJsonAndUnknownIdsClearly() throws Exception {
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", startsWith("malformed JSON")));
        mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report-not-found"));
        mvc.perform(get("/api/v1/reports/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'not-a-uuid' is not a report id"));
        mvc.perform(get("/api/v1/reports").param("cursor", "garbage!")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports").param("limit", "0")).andExpect(status().isBadRequest());
    }

    @Test
    void listsReportsOfASourceWithCursorPagination() throws Exception {
        String batch = "[{\"source\": \"" + source + "\", \"body\": \"one\"}, {\"source\": \"" + source
                + "\", \"body\": \"two\"}, {\"source\": \"" + source + "\", \"body\": \"three\"}]";
        mvc.perform(post("/api/v1/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(batch))
                .andExpect(status().isOk());

        MvcResult first = mvc.perform(
                        get("/api/v1/reports").param("source", source).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].body").value("three"))
                .andExpect(jsonPath("$.items[0].raw").doesNotExist())
                .andReturn();
        String cursor = com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.next_cursor");

        mvc.perform(get("/api/v1/reports")
                        .param("source", source)
                        .param("limit", "2")
                        .param("cursor", cursor))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].body").value("one"))
                .andExpect(jsonPath("$.next_cursor").doesNotExist());
    }

    @Test
    void savesAndListsSourcesWithTheirGrades() throws Exception {
        mvc.perform(
                        put("/api/v1/sources")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"" + source
                                                + "\", \"kind\": \"police\", \"reliability\": \"C\", \"default_marking\": \"TLP:AMBER\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("POLICE"))
                .andExpect(jsonPath("$.default_marking").value("TLP:AMBER"));
        mvc.perform(put("/api/v1/sources")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"kind\": \"police\", \"reliability\": \"Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Admiralty")));
        mvc.perform(get("/api/v1/sources"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.name == '" + source + "')].reliability").value("C"));
    }

    @Test
    void servesHealthMetricsAndTheOpenApiDocument() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports']").exists());
    }
}
