package org.fusioncentre.intake;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.fusioncentre.access.Marking;
import org.jspecify.annotations.Nullable;

/**
 * How to read files.
 *
 * @param format the format of every file; null means "from each file's extension"
 * @param defaultSource the source of records that name none (text and HTML files, CSV without a
 *     source column)
 * @param defaultMarking the marking of records that carry none, before the source's default
 * @param columns CSV column mapping: report field name to column header, e.g. {@code body → text}
 */
public record ImportOptions(
        @Nullable ReportFormat format,
        @Nullable String defaultSource,
        @Nullable Marking defaultMarking,
        Map<String, String> columns) {

    public ImportOptions {
        requireNonNull(columns, "columns is null");
        columns = Map.copyOf(columns);
        if (defaultSource != null) {
            defaultSource = SourceName.validate(defaultSource);
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, Map.of());
    }
}
