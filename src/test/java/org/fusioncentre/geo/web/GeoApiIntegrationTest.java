package org.fusioncentre.geo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.fusioncentre.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(org.fusioncentre.AuthenticatedMockMvc.class)
class GeoApiIntegrationTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, dataDir);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void resolvesAMentionWithItsAdminPath() throws Exception {
        mvc.perform(get("/api/v1/geo/resolve").param("q", "D.I. Khan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].pcode").value("PK509"))
                .andExpect(jsonPath("$.candidates[0].precision").value("DISTRICT"))
                .andExpect(jsonPath("$.candidates[0].path.province_pcode").value("PK5"))
                .andExpect(jsonPath("$.candidates[0].path.district").value("D. I. Khan"));
        mvc.perform(get("/api/v1/geo/resolve")
                        .param("q", "Kalat")
                        .param("context", "an attack in Kalat district of Balochistan"))
                .andExpect(jsonPath("$.candidates[0].path.district_pcode").value("PK210"));
        mvc.perform(get("/api/v1/geo/resolve").param("q", "Nowhere-e-Special"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").isEmpty());
    }

    @Test
    void looksUpUnitsWithTheirChildren() throws Exception {
        mvc.perform(get("/api/v1/geo/units/PK525"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.name").value("North Waziristan"))
                .andExpect(jsonPath("$.children[?(@.name == 'Mir Ali')].pcode").value("PK52505"));
        mvc.perform(get("/api/v1/geo/units/PK799"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("unit-not-found"));
        mvc.perform(get("/api/v1/geo/units/Quetta"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not a P-code")));
    }

    @Test
    void reverseGeocodesPointsAndSaysOutside() throws Exception {
        mvc.perform(get("/api/v1/geo/reverse").param("lat", "30.1956").param("lon", "67.0097"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inside").value(true))
                .andExpect(jsonPath("$.district_pcode").value("PK226"));
        mvc.perform(get("/api/v1/geo/reverse").param("lat", "28.6139").param("lon", "77.2090"))
                .andExpect(jsonPath("$.inside").value(false))
                .andExpect(jsonPath("$.district_pcode").doesNotExist());
        mvc.perform(get("/api/v1/geo/reverse").param("lat", "95").param("lon", "67"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("latitude")));
        mvc.perform(get("/api/v1/geo/reverse").param("lat", "north").param("lon", "67"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void servesDistrictAndProvinceBoundariesAsGeoJson() throws Exception {
        mvc.perform(get("/api/v1/geo/districts"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()", greaterThan(150)))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Keamari')].properties.pcode")
                        .value("PK791"));
        mvc.perform(get("/api/v1/geo/provinces"))
                .andExpect(jsonPath("$.features.length()").value(7));
    }
}
