package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of a report's content, used to recognise the same report sent twice. The content is
 * the body (or, for structured records without a body, the incident object) after Unicode NFC
 * normalisation and collapsing of white space, so that re-wrapped or re-encoded copies of the
 * same text hash alike.
 */
public record ContentHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        requireNonNull(hex, "hex is null");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("content hash must be 64 lower-case hex digits");
        }
    }

    public static ContentHash of(String content) {
        requireNonNull(content, "content is null");
        String text = Normalizer.isNormalized(content, Normalizer.Form.NFC)
                ? content
                : Normalizer.normalize(content, Normalizer.Form.NFC);
        MessageDigest digest = sha256();
        // Collapse white space runs to one space and trim, feeding UTF-8 to the digest as we go:
        // this runs for every report, so it avoids building the normalised copy.
        byte[] buffer = new byte[8192];
        int used = 0;
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = started;
                continue;
            }
            if (used > buffer.length - 8) {
                digest.update(buffer, 0, used);
                used = 0;
            }
            if (pendingSpace) {
                buffer[used++] = ' ';
                pendingSpace = false;
            }
            started = true;
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | (c >> 6));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                // a lone surrogate encodes as '?', as String.getBytes would
                char encodable = Character.isSurrogate(c) ? '?' : c;
                if (encodable == '?') {
                    buffer[used++] = '?';
                } else {
                    buffer[used++] = (byte) (0xE0 | (encodable >> 12));
                    buffer[used++] = (byte) (0x80 | ((encodable >> 6) & 0x3F));
                    buffer[used++] = (byte) (0x80 | (encodable & 0x3F));
                }
            }
        }
        digest.update(buffer, 0, used);
        return new ContentHash(HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
