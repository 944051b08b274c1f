package dev.nyx.spi.support;

import java.util.List;

/**
 * What {@link SchemaFiller#fill} did.
 *
 * @param filled  ids of the questions filled, in the order they were filled
 * @param skipped ids of answered questions left out because the page did not show them (a follow-up its
 *                trigger answer did not reveal, a question of another variant of the form)
 */
public record FillReport(List<String> filled, List<String> skipped) {
    public FillReport {
        filled = List.copyOf(filled);
        skipped = List.copyOf(skipped);
    }
}
