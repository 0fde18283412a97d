package org.fusioncentre.access.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.Marking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {"fusion.pipeline.live=false", "fusion.assessment.refresh=false"})
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.fusioncentre.AuthenticatedMockMvc.class)
class AuditApiIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesThroughFilteredEntriesVerifiesAndAnswersBadQueriesWithProblems() throws Exception {
        // the test's own administrator and token are already in the log
        java.util.List<org.fusioncentre.access.AuditEntry> earlier =
                audit.entries(org.fusioncentre.access.AuditQuery.all(1000));
        int base = earlier.size();
        String lastHash = base == 0 ? "0".repeat(64) : earlier.getLast().hash();
        audit.record(new AuditRecord(
                "amina", "incident.merge", "incident", "i-1", "{\"a\":1}", "{\"a\":2}", Marking.AMBER, "same attack"));
        audit.record(AuditRecord.of("bilal", "assessment.override", "threat-override", "o-1"));
        audit.record(AuditRecord.of("amina", "incident.confirm", "incident", "i-2"));

        mvc.perform(get("/api/v1/audit").param("limit", "2").param("cursor", String.valueOf(base)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].sequence").value(base + 1))
                .andExpect(jsonPath("$.items[0].actor").value("amina"))
                .andExpect(jsonPath("$.items[0].marking").value("AMBER"))
                .andExpect(jsonPath("$.items[0].before").value("{\"a\":1}"))
                .andExpect(jsonPath("$.items[0].previous_hash").value(lastHash))
                .andExpect(jsonPath("$.next_cursor").value(String.valueOf(base + 2)));
        mvc.perform(get("/api/v1/audit").param("limit", "2").param("cursor", String.valueOf(base + 2)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].sequence").value(base + 3))
                .andExpect(jsonPath("$.next_cursor").doesNotExist());
        mvc.perform(get("/api/v1/audit").param("actor", "amina").param("action", "incident.c"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].entity_id").value("i-2"));
        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(base + 3));

        mvc.perform(get("/api/v1/audit").param("cursor", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-audit-query"));
        mvc.perform(get("/api/v1/audit").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-audit-query"));

        jdbc.update("DELETE FROM audit_entry WHERE seq = ?", base + 2);
        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.broken_at").value(base + 3))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("deleted")));
    }
}
