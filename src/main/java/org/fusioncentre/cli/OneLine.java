package org.fusioncentre.cli;

/** The one-line error message for a failure: the deepest cause that says something. */
final class OneLine {
    private OneLine() {}

    static String of(Throwable failure) {
        Throwable cause = failure;
        String message = failure.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            message = failure.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
