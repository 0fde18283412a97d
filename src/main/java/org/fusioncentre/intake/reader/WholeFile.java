package org.fusioncentre.intake.reader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads an input that is one document (text, HTML, a feed), with the size, binary and UTF-8 checks. */
final class WholeFile {
    private WholeFile() {}

    /** The decoded text, or empty after a rejection has been sent to the sink. */
    static Optional<String> read(ByteSource input, long maxBytes, String what, Consumer<ReadResult> sink)
            throws IOException {
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            sink.accept(new ReadResult.Rejected(
                    input.name(),
                    "file is larger than the limit of " + String.format("%,d", maxBytes) + " bytes for one " + what));
            return Optional.empty();
        }
        if (Text.looksBinary(bytes, bytes.length)) {
            sink.accept(new ReadResult.Rejected(input.name(), "binary file (NUL bytes), not " + what));
            return Optional.empty();
        }
        Optional<String> text = Text.decodeUtf8(bytes);
        if (text.isEmpty()) {
            sink.accept(new ReadResult.Rejected(input.name(), "not valid UTF-8 text"));
        } else if (text.get().isBlank()) {
            sink.accept(new ReadResult.Rejected(input.name(), "empty file"));
            return Optional.empty();
        }
        return text;
    }
}
