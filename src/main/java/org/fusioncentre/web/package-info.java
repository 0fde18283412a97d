/**
 * The web UI: server-rendered pages (Thymeleaf, htmx) on top of the modules' APIs, with Leaflet
 * and uPlot served from webjars — nothing is fetched from outside at run time. Every page reads
 * through the modules with the signed-in account's audience, so it shows what the API would, and
 * all text comes from message bundles.
 */
@NullMarked
@ApplicationModule(displayName = "Web UI")
package org.fusioncentre.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
