package org.fusioncentre.geo.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
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
class RedZoneApiIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void declaresChecksAndRetiresACircleZone() throws Exception {
        String created = mvc.perform(post("/api/v1/geo/red-zones")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"name\": \"Test cantonment\", \"authority\": \"Home Department\", \"valid_from\": \"2026-01-01T00:00:00Z\", "
                                        + "\"circle\": {\"lat\": 30.2, \"lon\": 67.0, \"radius_m\": 1500}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CIRCLE"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/geo/red-zones/check").param("lat", "30.205").param("lon", "67.0"))
                .andExpect(jsonPath("$.in_zone").value(true))
                .andExpect(jsonPath("$.zones[0].id").value(id));
        mvc.perform(get("/api/v1/geo/red-zones/check")
                        .param("lat", "30.205")
                        .param("lon", "67.0")
                        .param("at", "2025-06-01T00:00:00Z"))
                .andExpect(jsonPath("$.in_zone").value(false));
        mvc.perform(post("/api/v1/geo/red-zones/" + id + "/retire"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/geo/red-zones/" + id + "/retire")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/geo/red-zones/check").param("lat", "30.205").param("lon", "67.0"))
                .andExpect(jsonPath("$.in_zone").value(false));
        mvc.perform(get("/api/v1/geo/red-zones"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get("/api/v1/geo/red-zones").param("include_retired", "true"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].retired_at").isNotEmpty());
    }

    @Test
    void declaresAPolygonZone() throws Exception {
        mvc.perform(
                        post("/api/v1/geo/red-zones")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"Red Zone Islamabad\", \"authority\": \"ICT Administration\", \"polygon\": {\"type\": \"Polygon\", "
                                                + "\"coordinates\": [[[73.08, 33.72], [73.11, 33.72], [73.11, 33.74], [73.08, 33.74], [73.08, 33.72]]]}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("POLYGON"))
                .andExpect(jsonPath("$.polygon.type").value("Polygon"));
        mvc.perform(get("/api/v1/geo/red-zones/check").param("lat", "33.73").param("lon", "73.09"))
                .andExpect(jsonPath("$.in_zone").value(true));
    }

    @Test
    void rejectsBadZonesWithAProblemDetail() throws Exception {
        mvc.perform(post("/api/v1/geo/red-zones")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"authority\": \"y\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("give exactly one of 'circle' and 'polygon'"));
        mvc.perform(
                        post("/api/v1/geo/red-zones")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \"x\", \"authority\": \"y\", \"circle\": {\"lat\": 130, \"lon\": 67, \"radius_m\": 10}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("latitude")));
        mvc.perform(get("/api/v1/geo/red-zones/check").param("lat", "30").param("lon", "200"))
                .andExpect(status().isBadRequest());
    }
}
