package org.fusioncentre.coordination.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Which evidence files are accepted: PDF, PNG, JPEG, plain text and CSV, whose content must be
 * what its declared type says (a renamed executable is not a PDF).
 */
final class EvidenceFiles {
    static final Map<String, String> TYPES = Map.of(
            "application/pdf", "a PDF",
            "image/png", "a PNG image",
            "image/jpeg", "a JPEG image",
            "text/plain", "plain UTF-8 text",
            "text/csv", "UTF-8 CSV");

    private EvidenceFiles() {}

    /**
     * @throws IllegalArgumentException naming what is wrong with the file
     */
    static String check(String filename, String declaredType, byte[] content, long maxBytes) {
        if (filename.isBlank()
                || filename.length() > 255
                || filename.contains("/")
                || filename.contains("\\")
                || filename.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an evidence file needs a plain file name of at most 255 characters");
        }
        String type = declaredType.strip().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).strip();
        }
        if (!TYPES.containsKey(type)) {
            throw new IllegalArgumentException("evidence of type '" + declaredType + "' is not accepted (accepted: "
                    + String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ")");
        }
        if (content.length == 0) {
            throw new IllegalArgumentException("evidence file '" + filename + "' is empty");
        }
        if (content.length > maxBytes) {
            throw new IllegalArgumentException(String.format(
                    "evidence file '%s' has %,d bytes; the limit is %,d", filename, content.length, maxBytes));
        }
        boolean matches = switch (type) {
            case "application/pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            default -> isText(content);
        };
        if (!matches) {
            throw new IllegalArgumentException(
                    "evidence file '" + filename + "' is not " + TYPES.get(type) + " as its type '" + type + "' says");
        }
        return type;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
