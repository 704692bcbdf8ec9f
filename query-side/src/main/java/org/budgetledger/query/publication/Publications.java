package org.budgetledger.query.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.narrative.NarrativeGenerator;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a ledger's publication at a cut: the tables from the report engine, the 情况说明 from
 * the narrative generator. The API and the UI both download it from here, so that they publish the
 * same document.
 *
 * <p>Each method reads in one repeatable-read transaction, which the report engine's and the
 * generator's reads join: the tables and the text of one document reflect the same entries, even
 * while a batch commits, and the sequence answered is exactly the one they reflect.
 */
@Component
public class Publications {

    /**
     * 附表: the execution tables (of the general budget, the fund the 情况说明 reports on) and the two
     * tables the 情况说明 tells in prose, so that a reader can check its 政府采购 and 一般性支出 figures.
     */
    static final List<ReportId> APPENDIX = List.of(ReportId.FUNCTION_EXECUTION, ReportId.PROJECT_EXECUTION,
            ReportId.PROCUREMENT, ReportId.GENERAL_COSTS);

    private final LedgerPositions positions;
    private final ReportBuilder builder;
    private final ObjectProvider<NarrativeGenerator> narratives;

    Publications(LedgerPositions positions, ReportBuilder builder, ObjectProvider<NarrativeGenerator> narratives) {
        this.positions = positions;
        this.builder = builder;
        this.narratives = narratives;
    }

    /** Whether this build writes narratives (the generator is a bean of its own feature). */
    public boolean writesNarratives() {
        return narratives.getIfAvailable() != null;
    }

    /** The narrative with the ledger entry count it reflects. */
    public record NarrativeAt(long sequence, Narrative narrative) {
    }

    /** The whole publication: tables and narrative. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Publication publication(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt) {
        LedgerPosition position = positions.of(unitCode + "/" + fiscalYear, asOf, knownAt);
        Narrative narrative = narrative(unitCode, fiscalYear, asOf, knownAt);
        return new Publication(position.ledgerId(), position.unitName(), fiscalYear, asOf == null ? null : asOf.toString(),
                knownAt == null ? null : knownAt.toString(), numberedTables(position), appendixTables(position), narrative,
                new Publication.SelfEvaluation(builder.performanceNarrative(position), selfEvaluationTables(position)));
    }

    /** Every table of the publication, 01–09, the self-evaluation tables, then the 附表: what its workbook holds. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Report> tables(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt) {
        LedgerPosition position = positions.of(unitCode + "/" + fiscalYear, asOf, knownAt);
        return Stream.of(numberedTables(position), selfEvaluationTables(position), appendixTables(position))
                .flatMap(List::stream).toList();
    }

    /** The 情况说明 alone, with the sequence it reflects. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public NarrativeAt narrativeAt(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt) {
        LedgerPosition position = positions.of(unitCode + "/" + fiscalYear, asOf, knownAt);
        return new NarrativeAt(position.sequence(), narrative(unitCode, fiscalYear, asOf, knownAt));
    }

    /**
     * The 情况说明. The generator is a bean of its own feature; a build without it answers a clear
     * error instead of a publication missing its 第三部分.
     */
    private Narrative narrative(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt) {
        NarrativeGenerator generator = narratives.getIfAvailable();
        if (generator == null) {
            throw new LedgerRejection(ErrorCode.INTERNAL_ERROR,
                    "This build has no narrative generator, so the 情况说明 cannot be written");
        }
        return generator.generate(unitCode, fiscalYear, asOf, knownAt);
    }

    private List<Report> numberedTables(LedgerPosition position) {
        List<Report> tables = new ArrayList<>();
        for (ReportId id : ReportId.values()) {
            if (id.number() != null) {
                tables.add(builder.build(id, position));
            }
        }
        return tables;
    }

    /**
     * The 绩效自评表 of 第五部分: the unit's when the ledger holds any performance targets, the
     * projects' when some project has them. A ledger without targets has none to publish.
     */
    private List<Report> selfEvaluationTables(LedgerPosition position) {
        Evaluation evaluation = position.evaluation();
        List<Report> tables = new ArrayList<>();
        if (!evaluation.targets().isEmpty()) {
            tables.add(builder.build(ReportId.PERFORMANCE_UNIT, position));
        }
        if (!evaluation.projectCodes().isEmpty()) {
            tables.add(builder.build(ReportId.PERFORMANCE_PROJECT, position));
        }
        return tables;
    }

    private List<Report> appendixTables(LedgerPosition position) {
        return APPENDIX.stream().map(id -> builder.build(id, position)).toList();
    }
}
