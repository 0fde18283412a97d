package org.fusioncentre.coordination;

/** A coordination request that cannot be carried out, with the reason; nothing was changed. */
public final class CoordinationRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The request does not fit the record or the rules (400/422). */
        INVALID,
        /** No such record, or none the caller may see (404). */
        NOT_FOUND,
        /** The caller may see it but not do this (403). */
        FORBIDDEN
    }

    private final Kind kind;

    public CoordinationRejected(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static CoordinationRejected invalid(String reason) {
        return new CoordinationRejected(Kind.INVALID, reason);
    }

    public static CoordinationRejected notFound(String reason) {
        return new CoordinationRejected(Kind.NOT_FOUND, reason);
    }

    public static CoordinationRejected forbidden(String reason) {
        return new CoordinationRejected(Kind.FORBIDDEN, reason);
    }
}
