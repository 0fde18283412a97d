package org.fusioncentre.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.fusioncentre.access.Audience;
import org.fusioncentre.coordination.Assignment;
import org.fusioncentre.coordination.AssignmentStatus;
import org.fusioncentre.coordination.Committee;
import org.fusioncentre.coordination.Coordination;
import org.fusioncentre.coordination.CoordinationRejected;
import org.fusioncentre.coordination.Directive;
import org.fusioncentre.coordination.EvidenceItem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directive board, a directive's page with its assignments and roll-up, and the assignment workflow. */
@Controller
class CoordinationPages {
    private final Coordination coordination;

    CoordinationPages(Coordination coordination) {
        this.coordination = coordination;
    }

    /** One card of the board: an assignment with its directive's title and its committee's name. */
    record Card(Directive directive, Assignment assignment, String committee) {}

    @GetMapping("/coordination")
    String board(Audience audience, Model model) {
        Map<UUID, Committee> committees = committees();
        UUID mine = Committee.idOf(audience.jurisdiction().code());
        Map<AssignmentStatus, List<Card>> columns = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus status : AssignmentStatus.values()) {
            columns.put(status, new ArrayList<>());
        }
        List<Card> own = new ArrayList<>();
        for (Directive directive : coordination.directives(null, null, false, audience)) {
            for (Assignment assignment : directive.assignments()) {
                Committee committee = committees.get(assignment.committeeId());
                Card card = new Card(directive, assignment, committee == null ? "?" : committee.name());
                columns.get(assignment.status()).add(card);
                if (assignment.committeeId().equals(mine)) {
                    own.add(card);
                }
            }
        }
        model.addAttribute("columns", columns);
        model.addAttribute("mine", own);
        model.addAttribute("committee", committees.get(mine));
        model.addAttribute(
                "notices", committees.containsKey(mine) ? coordination.notifications(mine, audience) : List.of());
        return "coordination";
    }

    @GetMapping("/coordination/committees")
    String committees(Model model) {
        model.addAttribute("committees", coordination.committees());
        return "committees";
    }

    @GetMapping("/coordination/directives/{id}")
    String directive(@PathVariable String id, Audience audience, Model model) {
        Directive directive = coordination
                .directive(uuid(id), audience)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no directive " + id));
        Map<UUID, Committee> committees = committees();
        Map<UUID, List<AssignmentStatus>> moves = new HashMap<>();
        for (Assignment assignment : directive.assignments()) {
            moves.put(assignment.id(), List.copyOf(coordination.moves(assignment.id(), audience)));
        }
        model.addAttribute("directive", directive);
        model.addAttribute("committees", committees);
        model.addAttribute("moves", moves);
        model.addAttribute("issuer", committees.get(directive.issuingCommitteeId()));
        return "directive";
    }

    /** Moves an assignment on, with a note, a statement and files as evidence. */
    @PostMapping("/coordination/assignments/{id}/transition")
    String transition(
            @PathVariable String id,
            @RequestParam String directive,
            @RequestParam String to,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String statement,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Audience audience,
            RedirectAttributes flash)
            throws IOException {
        List<EvidenceItem> evidence = new ArrayList<>();
        if (statement != null && !statement.isBlank()) {
            evidence.add(EvidenceItem.statement(statement));
        }
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                evidence.add(EvidenceItem.file(
                        file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                        file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
                        file.getBytes()));
            }
        }
        try {
            AssignmentStatus status = AssignmentStatus.valueOf(to.strip().toUpperCase(Locale.ROOT));
            coordination.transition(uuid(id), status, note, evidence, audience);
            flash.addFlashAttribute("notice", "saved");
        } catch (CoordinationRejected | IllegalArgumentException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/coordination/directives/" + uuid(directive);
    }

    private Map<UUID, Committee> committees() {
        Map<UUID, Committee> committees = new HashMap<>();
        coordination.committees().forEach(committee -> committees.put(committee.id(), committee));
        return committees;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such record " + text);
        }
    }
}
