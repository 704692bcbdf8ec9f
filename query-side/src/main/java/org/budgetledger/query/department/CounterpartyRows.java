package org.budgetledger.query.department;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Movement;
import org.budgetledger.line.Nature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a ledger's {@link CounterpartyFlow}s, with the same {@code asOf}/{@code knownAt} cut as its position. */
@Component
class CounterpartyRows {

    private final JdbcTemplate jdbc;

    CounterpartyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CounterpartyFlow> of(String ledgerId, LocalDate asOf, Instant knownAt) {
        StringBuilder cut = new StringBuilder();
        List<Object> arguments = new ArrayList<>(List.of(ledgerId));
        if (asOf != null) {
            cut.append(" AND effective_date <= ?");
            arguments.add(Date.valueOf(asOf));
        }
        if (knownAt != null) {
            cut.append(" AND recorded_at <= ?");
            arguments.add(Timestamp.from(knownAt));
        }
        return jdbc.query("""
                SELECT fund, function_code, nature, project_code, MIN(project_name) AS project_name, movement,
                    revenue_type, economic_code, counterparty_unit, SUM(amount_fen) AS amount_fen
                FROM ledger_entry WHERE ledger_id = ? AND counterparty_unit IS NOT NULL AND fund IS NOT NULL""" + cut + """
                 GROUP BY fund, function_code, nature, project_code, movement, revenue_type, economic_code, counterparty_unit
                ORDER BY counterparty_unit, fund, function_code, nature, project_code, movement, revenue_type, economic_code
                """, (rs, n) -> new CounterpartyFlow(new BudgetLine(Fund.valueOf(rs.getString("fund")), rs.getString("function_code"),
                        Nature.valueOf(rs.getString("nature")), rs.getString("project_code"), rs.getString("project_name")),
                        Movement.valueOf(rs.getString("movement")), rs.getString("revenue_type"), rs.getString("economic_code"),
                        rs.getString("counterparty_unit"), rs.getLong("amount_fen")), arguments.toArray());
    }
}
