package org.fusioncentre.intake.reader;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A parser for one input format. It reads the whole input and hands every record to the sink as
 * soon as it is read, valid or not; it never stops at a bad record if the records after it can
 * still be found.
 */
public interface ReportReader {
    /**
     * @throws IOException only when the input itself cannot be read; bad records are rejections
     */
    void read(ByteSource input, Consumer<ReadResult> sink) throws IOException;
}
