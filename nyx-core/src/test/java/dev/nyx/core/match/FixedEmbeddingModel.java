package dev.nyx.core.match;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written embedding model for tests that are not about similarity: every text gets the same
 * vector (similarity 1), and calls are counted.
 */
final class FixedEmbeddingModel implements EmbeddingModel {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> textSegments) {
        calls.addAndGet(textSegments.size());
        return Response.from(textSegments.stream().map(segment -> Embedding.from(new float[] {1f, 0f, 0f})).toList());
    }

    int calls() {
        return calls.get();
    }
}
