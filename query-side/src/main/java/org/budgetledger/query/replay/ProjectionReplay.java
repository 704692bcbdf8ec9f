package org.budgetledger.query.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.budgetledger.query.directory.LedgerDirectoryProjection;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the first event. Each projection's processor is stopped, its
 * tokens reset (its {@code @ResetHandler} empties its tables), and started again; it then
 * replays the whole event store, every segment of it.
 *
 * <p>With several query-side nodes, a replay needs every other node stopped first: this controls
 * only the processors of this process, and a reset must store a token in every segment of the
 * projection, which it cannot while another node holds a claim. Then Axon refuses the reset and
 * its transaction (the emptied tables with it) rolls back: nothing is half replayed, this node's
 * processor starts again where it was, and the replay fails until the other nodes are stopped.
 * Once it has finished, the other nodes may start again; they take their share of the segments.
 */
@Component
public class ProjectionReplay {

    /** The read models of the query side, one processing group each. */
    public static final List<String> PROJECTIONS = List.of(LedgerDirectoryProjection.NAME, LedgerEntryProjection.NAME);

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);

    private final EventProcessingConfiguration processing;

    public ProjectionReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Resets the named projections and waits (up to {@code timeoutSeconds}) until they have caught up. */
    public List<String> replay(List<String> projections, long timeoutSeconds) throws InterruptedException {
        List<StreamingEventProcessor> processors = new ArrayList<>();
        for (String name : projections) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalArgumentException("No projection " + name + "; the projections are " + PROJECTIONS));
            log.info("Replaying projection {} from the first event", name);
            processor.shutDown();
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException heldElsewhere) {
                processor.start();
                log.warn("Projection {} was not replayed: another query node holds a segment ({}); stop every other "
                        + "query-side process, then replay again", name, heldElsewhere.getMessage());
                throw new IllegalStateException("Projection " + name + " is processed by another query node too: stop every "
                        + "other query-side process before a replay", heldElsewhere);
            }
            processor.start();
            processors.add(processor);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (StreamingEventProcessor processor : processors) {
            // A reset processor reports replaying until it has passed the position it was reset at.
            while (!processor.isReplaying() && processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            while (processor.isReplaying() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (processor.isReplaying()) {
                throw new IllegalStateException("Projection " + processor.getName() + " was still replaying after " + timeoutSeconds + " s");
            }
            log.info("Projection {} replayed", processor.getName());
        }
        return projections;
    }
}
