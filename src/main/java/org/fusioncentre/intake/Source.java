package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/**
 * A provider of reports.
 *
 * @param defaultMarking the marking of its reports when a report carries none
 */
public record Source(
        SourceId id,
        String name,
        SourceKind kind,
        Reliability reliability,
        Marking defaultMarking,
        @Nullable String description,
        @Nullable String organisation) {

    public Source {
        requireNonNull(id, "id is null");
        name = SourceName.validate(name);
        requireNonNull(kind, "kind is null");
        requireNonNull(reliability, "reliability is null");
        requireNonNull(defaultMarking, "defaultMarking is null");
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (organisation != null && organisation.length() > 200) {
            throw new IllegalArgumentException("an organisation name takes at most 200 characters");
        }
        if (!id.equals(SourceId.forName(name))) {
            throw new IllegalArgumentException("source id " + id + " does not belong to name '" + name + "'");
        }
    }

    /**
     * A source first seen in a report: nobody has graded it, so reliability F ("cannot be judged"),
     * kind OTHER, and GREEN so that its reports stay inside the instance until someone decides.
     */
    public static Source unassessed(String name) {
        return new Source(SourceId.forName(name), name, SourceKind.OTHER, Reliability.F, Marking.GREEN, null, null);
    }
}
