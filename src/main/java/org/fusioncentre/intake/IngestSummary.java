package org.fusioncentre.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of one intake run, with the first rejections in detail. Keeps a bounded list so that a
 * file with millions of bad lines does not fill the heap.
 */
public final class IngestSummary implements IngestListener {
    private final int maxRejectionsKept;
    private final List<IngestOutcome> rejections = new ArrayList<>();
    private long accepted;
    private long duplicates;
    private long rejected;

    public IngestSummary(int maxRejectionsKept) {
        if (maxRejectionsKept < 0) {
            throw new IllegalArgumentException("maxRejectionsKept must not be negative");
        }
        this.maxRejectionsKept = maxRejectionsKept;
    }

    @Override
    public synchronized void onOutcome(IngestOutcome outcome) {
        switch (outcome.status()) {
            case ACCEPTED -> accepted++;
            case DUPLICATE -> duplicates++;
            case REJECTED -> {
                rejected++;
                if (rejections.size() < maxRejectionsKept) {
                    rejections.add(outcome);
                }
            }
        }
    }

    public synchronized long accepted() {
        return accepted;
    }

    public synchronized long duplicates() {
        return duplicates;
    }

    public synchronized long rejected() {
        return rejected;
    }

    public synchronized long total() {
        return accepted + duplicates + rejected;
    }

    /** The first rejections, at most the number given at construction. */
    public synchronized List<IngestOutcome> rejections() {
        return List.copyOf(rejections);
    }
}
