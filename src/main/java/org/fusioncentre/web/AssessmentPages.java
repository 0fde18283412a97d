package org.fusioncentre.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.fusioncentre.access.Audience;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The table of districts and provinces of the account's jurisdiction with their levels and forecasts. */
@Controller
class AssessmentPages {
    private final Assessments assessments;

    AssessmentPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/assessments")
    String table(Audience audience, Model model) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        String code = audience.jurisdiction().code();
        List<Assessment> shown = assessments.seenBy(today, audience).stream()
                .filter(assessment -> assessment.unitPcode().startsWith(code))
                .sorted(Comparator.comparing((Assessment a) -> a.unitLevel())
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Assessment::probabilityOfFatal)
                                .reversed()))
                .toList();
        model.addAttribute("assessments", shown);
        model.addAttribute("asOf", today);
        return "assessments";
    }
}
