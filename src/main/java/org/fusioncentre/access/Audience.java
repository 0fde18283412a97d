package org.fusioncentre.access;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is reading, and so what they may see: the marking table of DESIGN §7 is applied here and
 * nowhere else. Every read that answers a person takes an audience; the modules' stores filter
 * with {@link #maySee} before anything leaves them.
 *
 * <ul>
 *   <li>CLEAR and GREEN: every user (CLEAR alone for a public export);
 *   <li>AMBER: users whose jurisdiction contains a place the record is about (national users
 *       also see AMBER records nothing located), and the originating organisation;
 *   <li>AMBER+STRICT: the originating organisation, and national analysts;
 *   <li>RED: the named recipients, by username or by organisation name.
 * </ul>
 *
 * The local operator (the command line, and the service's own background work) sees everything:
 * whoever can run it can read the database files anyway.
 */
public record Audience(
        Kind kind,
        String name,
        Jurisdiction jurisdiction,
        @Nullable String organisation,
        Set<Role> roles) {
    public enum Kind {
        /** The local operator: everything. */
        OPERATOR,
        /** An account of this instance. */
        USER,
        /** Anyone outside the instance: CLEAR only. */
        PUBLIC
    }

    public Audience {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(jurisdiction, "jurisdiction is null");
        roles = Set.copyOf(roles);
    }

    public static Audience operator(String name) {
        return new Audience(Kind.OPERATOR, name, Jurisdiction.national(), null, Set.of(Role.values()));
    }

    /** Who reads a public export or feed: what may leave the instance, CLEAR records only. */
    public static Audience publicExport() {
        return new Audience(Kind.PUBLIC, "public", Jurisdiction.national(), null, Set.of());
    }

    public static Audience of(User user) {
        return new Audience(Kind.USER, user.username(), user.jurisdiction(), user.organisation(), user.roles());
    }

    /** Whether this audience sees every record whatever its marking. */
    public boolean seesEverything() {
        return kind == Kind.OPERATOR;
    }

    /**
     * Whether every record marked at most this is visible to this audience wherever it is about and
     * whoever it came from: then nothing more about the records need be known.
     */
    public boolean seesAllMarked(Marking marking) {
        return switch (kind) {
            case OPERATOR -> true;
            case PUBLIC -> marking == Marking.CLEAR;
            case USER -> marking.compareTo(Marking.GREEN) <= 0;
        };
    }

    public boolean maySee(RecordAccess record) {
        return switch (kind) {
            case OPERATOR -> true;
            case PUBLIC -> record.marking() == Marking.CLEAR;
            case USER ->
                switch (record.marking()) {
                    case CLEAR, GREEN -> true;
                    case AMBER -> fromOwnOrganisation(record) || inJurisdiction(record);
                    case AMBER_STRICT ->
                        fromOwnOrganisation(record) || jurisdiction.isNational() && roles.contains(Role.ANALYST);
                    case RED -> record.recipients().stream().anyMatch(this::isNamed);
                };
        };
    }

    /** Whether a unit (province or district P-code) lies where this audience may act. */
    public boolean mayActOn(String unitPcode) {
        return kind == Kind.OPERATOR || kind == Kind.USER && jurisdiction.contains(unitPcode);
    }

    /**
     * A key equal for audiences that see the same records: what is computed for one audience
     * (an assessment, a count) may be reused for another with the same key.
     */
    public String key() {
        return switch (kind) {
            case OPERATOR -> "operator";
            case PUBLIC -> "public";
            case USER -> {
                StringBuilder key = new StringBuilder("user|").append(jurisdiction.code());
                key.append('|').append(organisation == null ? "" : normalise(organisation));
                key.append('|').append(jurisdiction.isNational() && roles.contains(Role.ANALYST) ? "strict" : "");
                // RED records name their recipients: anyone may be one
                key.append('|').append(normalise(name));
                yield key.toString();
            }
        };
    }

    private boolean fromOwnOrganisation(RecordAccess record) {
        return organisation != null
                && record.organisation() != null
                && normalise(organisation).equals(normalise(record.organisation()));
    }

    private boolean inJurisdiction(RecordAccess record) {
        if (record.locations().isEmpty()) {
            return jurisdiction.isNational();
        }
        return record.locations().stream().anyMatch(jurisdiction::contains);
    }

    private boolean isNamed(String recipient) {
        String named = normalise(recipient);
        return named.equals(normalise(name)) || organisation != null && named.equals(normalise(organisation));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
