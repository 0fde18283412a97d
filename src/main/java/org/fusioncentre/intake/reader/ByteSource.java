package org.fusioncentre.intake.reader;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Bytes to read reports from: a file, or a request body held in memory. */
public interface ByteSource {
    /** The name used in origins and messages, e.g. the file name. */
    String name();

    long size() throws IOException;

    InputStream open() throws IOException;

    /** The bytes from offset {@code from} (inclusive) to {@code to} (exclusive). */
    byte[] slice(long from, long to) throws IOException;

    static ByteSource of(Path file) {
        return new FileSource(file);
    }

    static ByteSource of(String name, byte[] bytes) {
        return new ArraySource(name, bytes);
    }

    record FileSource(Path file) implements ByteSource {
        public FileSource {
            requireNonNull(file, "file is null");
        }

        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public long size() throws IOException {
            return Files.size(file);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public byte[] slice(long from, long to) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
                long position = from;
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        break;
                    }
                    position += read;
                }
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        }
    }

    final class ArraySource implements ByteSource {
        private final String name;
        private final byte[] bytes;

        ArraySource(String name, byte[] bytes) {
            this.name = requireNonNull(name, "name is null");
            this.bytes = requireNonNull(bytes, "bytes is null");
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public byte[] slice(long from, long to) {
            return Arrays.copyOfRange(bytes, Math.toIntExact(from), Math.toIntExact(to));
        }
    }
}
