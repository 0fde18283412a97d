package org.fusioncentre.intake.reader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Strict UTF-8 decoding and the checks that tell text from binary data. */
final class Text {
    private Text() {}

    /** Decodes strictly; empty when the bytes are not valid UTF-8. A leading byte-order mark is dropped. */
    static Optional<String> decodeUtf8(byte[] bytes, int offset, int length) {
        int start = offset;
        int count = length;
        if (count >= 3
                && (bytes[start] & 0xFF) == 0xEF
                && (bytes[start + 1] & 0xFF) == 0xBB
                && (bytes[start + 2] & 0xFF) == 0xBF) {
            start += 3;
            count -= 3;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, count))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<String> decodeUtf8(byte[] bytes) {
        return decodeUtf8(bytes, 0, bytes.length);
    }

    /** True when the text holds control characters that no written report contains (NUL and the like). */
    static boolean looksBinary(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    static boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the input's first 8 KB hold a NUL byte: a binary file, not text. */
    static boolean startsBinary(ByteSource input) throws java.io.IOException {
        byte[] head = new byte[8192];
        int length;
        try (java.io.InputStream in = input.open()) {
            length = in.readNBytes(head, 0, head.length);
        }
        return looksBinary(head, length);
    }

    /** The first value that is not null or blank, stripped; null when there is none. */
    static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String bytesLimitMessage(long limit) {
        return String.format("record is larger than the limit of %,d bytes", limit);
    }
}
