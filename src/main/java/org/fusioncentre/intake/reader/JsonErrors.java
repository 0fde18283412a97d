package org.fusioncentre.intake.reader;

import tools.jackson.core.JacksonException;

/** Short, single-line descriptions of JSON parse errors, without the parser's source excerpt. */
final class JsonErrors {
    private JsonErrors() {}

    static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message).strip();
        if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
            firstLine += " (column " + e.getLocation().getColumnNr() + ")";
        }
        return firstLine.length() > 200 ? firstLine.substring(0, 197) + "..." : firstLine;
    }
}
