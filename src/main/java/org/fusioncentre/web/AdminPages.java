package org.fusioncentre.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fusioncentre.access.ApiToken;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.Jurisdiction;
import org.fusioncentre.access.Marking;
import org.fusioncentre.access.Role;
import org.fusioncentre.access.Tokens;
import org.fusioncentre.access.Users;
import org.fusioncentre.geo.RedZone;
import org.fusioncentre.geo.RedZones;
import org.fusioncentre.geo.ZoneShape;
import org.fusioncentre.intake.Intake;
import org.fusioncentre.intake.Reliability;
import org.fusioncentre.intake.Source;
import org.fusioncentre.intake.SourceId;
import org.fusioncentre.intake.SourceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration (administrators only): accounts and their tokens, sources and their grades, red
 * zones drawn on the map. Every change goes through the modules, which check and audit it.
 */
@Controller
class AdminPages {
    private final Users users;
    private final Tokens tokens;
    private final Intake intake;
    private final RedZones zones;
    private final Clock clock;

    AdminPages(Users users, Tokens tokens, Intake intake, RedZones zones, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.intake = intake;
        this.zones = zones;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("sources", intake.sources());
        model.addAttribute("zones", zones.list(false));
        model.addAttribute("roles", Role.values());
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("grades", Reliability.values());
        model.addAttribute("markings", Marking.values());
        return "admin";
    }

    @PostMapping("/admin/users")
    String addUser(
            @RequestParam String username,
            @RequestParam(name = "roles", required = false) @Nullable List<String> roles,
            @RequestParam String jurisdiction,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam String password,
            Audience audience,
            RedirectAttributes flash) {
        return change(flash, () -> {
            Jurisdiction where = Jurisdiction.parse(jurisdiction);
            if (!audience.jurisdiction().contains(where.code())) {
                throw new IllegalArgumentException("an administrator of "
                        + audience.jurisdiction().code() + " creates accounts within it, not for " + where.code());
            }
            Set<Role> chosen = new LinkedHashSet<>();
            for (String role : roles == null ? List.<String>of() : roles) {
                chosen.add(Role.parse(role));
            }
            users.add(
                    username,
                    chosen,
                    where,
                    organisation == null || organisation.isBlank() ? null : organisation,
                    password.toCharArray());
        });
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes flash) {
        return change(flash, () -> users.disable(username));
    }

    /**
     * Creates a token for the signed-in administrator and shows its secret once, on the next page
     * only. A token for another account would let its maker act as that account: those are made
     * on the command line by the operator ({@code fusion token create}).
     */
    @PostMapping("/admin/tokens")
    String token(@RequestParam(defaultValue = "30") int days, Audience audience, RedirectAttributes flash) {
        try {
            ApiToken.Issued issued = tokens.create(audience.name(), Duration.ofDays(days));
            flash.addFlashAttribute("secret", issued.secret());
            flash.addFlashAttribute("secretFor", audience.name());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/sources")
    String source(
            @RequestParam String name,
            @RequestParam String kind,
            @RequestParam String reliability,
            @RequestParam String marking,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String description,
            RedirectAttributes flash) {
        return change(
                flash,
                () -> intake.saveSource(new Source(
                        SourceId.forName(name.strip()),
                        name.strip(),
                        SourceKind.parse(kind),
                        Reliability.parse(reliability),
                        Marking.parse(marking),
                        description == null || description.isBlank() ? null : description.strip(),
                        organisation)));
    }

    /**
     * Declares a red zone: a polygon drawn on the map (GeoJSON in {@code polygon}), or a circle
     * around a point.
     */
    @PostMapping("/admin/zones")
    String zone(
            @RequestParam String name,
            @RequestParam String authority,
            @RequestParam(required = false) @Nullable String polygon,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon,
            @RequestParam(name = "radius_m", required = false) @Nullable Double radius,
            RedirectAttributes flash) {
        return change(flash, () -> {
            ZoneShape shape;
            if (polygon != null && !polygon.isBlank()) {
                shape = ZoneShape.polygon(polygon);
            } else if (lat != null && lon != null && radius != null) {
                shape = new ZoneShape.Circle(lat, lon, radius);
            } else {
                throw new IllegalArgumentException("draw the zone on the map, or give a centre and a radius");
            }
            Instant now = clock.instant();
            zones.declare(new RedZone(UUID.randomUUID(), name.strip(), shape, authority.strip(), now, null, null));
        });
    }

    @PostMapping("/admin/zones/{id}/retire")
    String retire(@PathVariable UUID id, RedirectAttributes flash) {
        return change(flash, () -> zones.retire(id, clock.instant()));
    }

    private static String change(RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", "saved");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin";
    }
}
