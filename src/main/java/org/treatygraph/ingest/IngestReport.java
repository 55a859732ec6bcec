package org.treatygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** What a batch did: one result per item, in input order. */
public record IngestReport(List<Item> items) {

    public enum Status {

        INGESTED, ALREADY_PRESENT, FAILED

    }

    /** @param key article key when it could be computed; @param error reason when FAILED */
    public record Item(String origin, Status status, String key, String error) {
    }

    public long count(Status status) {
        return this.items.stream().filter(i -> i.status() == status).count();
    }

    public List<Item> failures() {
        return this.items.stream().filter(i -> i.status() == Status.FAILED).toList();
    }

    /** "2 ingested, 1 already present, 1 failed", followed by one line per failure. */
    public String summary() {
        var lines = new ArrayList<String>();
        lines.add("%d ingested, %d already present, %d failed".formatted(count(Status.INGESTED),
                count(Status.ALREADY_PRESENT), count(Status.FAILED)));
        failures().forEach(f -> lines.add("  failed " + f.origin() + ": " + f.error()));
        return String.join(System.lineSeparator(), lines);
    }

}
