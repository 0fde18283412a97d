package org.fusioncentre.access;

/**
 * A change the acting account may not make: the record lies outside its jurisdiction. Nothing was
 * changed. The API answers 403.
 */
public final class NotPermitted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotPermitted(String reason) {
        super(reason);
    }
}
