package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import org.fusioncentre.intake.ImportOptions;

/**
 * What every reader needs to know besides the bytes.
 *
 * @param maxRecordBytes the largest record accepted, as received (a JSON line, a file)
 * @param zone the zone of dates and times written without an offset
 */
public record ReaderSettings(ImportOptions options, long maxRecordBytes, ZoneId zone) {
    public ReaderSettings {
        requireNonNull(options, "options is null");
        requireNonNull(zone, "zone is null");
        if (maxRecordBytes < 1 || maxRecordBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxRecordBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
        }
    }
}
