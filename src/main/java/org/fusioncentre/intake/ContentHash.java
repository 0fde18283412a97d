package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
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
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public ContentHash {
        requireNonNull(hex, "hex is null");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("content hash must be 64 lower-case hex digits");
        }
    }

    public static ContentHash of(String content) {
        requireNonNull(content, "content is null");
        String normalised = WHITESPACE.matcher(Normalizer.normalize(content, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return new ContentHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
