package org.budgetledger.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module and package rules, on the main classes of every module: what shared-events may
 * know, what the command side may touch, and where the HTTP edge stops.
 */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetledger");
    }

    /** The events and value types load in any process, including ones that are not Spring applications. */
    @Test
    void sharedEventsHaveNoSpring() {
        noClasses().that().resideInAnyPackage("org.budgetledger.events..", "org.budgetledger.line..",
                        "org.budgetledger.money..", "org.budgetledger.catalogue..", "org.budgetledger.rejection..",
                        "org.budgetledger.performance..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.budgetledger.platform..", "org.budgetledger.command..", "org.budgetledger.query..")
                .check(classes);
    }

    /**
     * The command side decides from events alone; it never reads a read model. Its only SQL is
     * its own logs (requests and vouchers, written in the event's transaction and derivable from
     * the events), each in the one class that implements it.
     */
    @Test
    void noClassOfTheCommandSideReadsTheQuerySide() {
        noClasses().that().resideInAPackage("org.budgetledger.command..")
                .should().dependOnClassesThat().resideInAPackage("org.budgetledger.query..")
                .check(classes);
        noClasses().that().resideInAPackage("org.budgetledger.command..")
                .and().doNotImplement(org.budgetledger.command.ledger.RequestLog.class)
                .and().doNotImplement(org.budgetledger.command.ledger.VoucherLog.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .check(classes);
    }

    /**
     * The query side, its UI included, runs as a process of its own: it reads events and sends
     * commands over HTTP, never through the command side's classes.
     */
    @Test
    void theQuerySideAndItsUiNeverUseTheCommandSidesClasses() {
        noClasses().that().resideInAnyPackage("org.budgetledger.query..", "org.budgetledger.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.budgetledger.command..")
                .check(classes);
    }

    /** The domain knows nothing of HTTP: the aggregate answers codes, the web layer gives them statuses. */
    @Test
    void theLedgerAggregateKnowsNoHttp() {
        noClasses().that().resideInAPackage("org.budgetledger.command.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "org.budgetledger.platform.http..", "org.budgetledger.platform.problem..", "io.swagger..")
                .check(classes);
    }

    /** Controllers read through the query components; a projection's handlers are for events only. */
    @Test
    void controllersDoNotReachIntoProjections() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(ProcessingGroup.class)
                .check(classes);
    }

    /** Reports are pure functions of a position: they never touch the database or the web. */
    @Test
    void theReportEngineIsPure() {
        noClasses().that().resideInAPackage("org.budgetledger.query.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.springframework.web..",
                        "org.budgetledger.query.entries..", "org.budgetledger.query.api..")
                .check(classes);
    }
}
