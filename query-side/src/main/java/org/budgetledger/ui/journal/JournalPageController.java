package org.budgetledger.ui.journal;

import org.budgetledger.rejection.ErrorCode;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Importing a journal from the UI: an upload of NDJSON, CSV or Excel in the documented column
 * layout, run in the background; its page shows progress and then the result of every line.
 */
@Controller
class JournalPageController {

    private final JournalJobs jobs;

    JournalPageController(JournalJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/ledgers/{unit}/{year}/journal")
    String page(@PathVariable String unit, @PathVariable int year, Model model, HttpServletResponse response) {
        LedgerRef ledger = new LedgerRef(unit, year);
        LedgerAccess.require(CurrentUser.get(), ledger, Action.RECORD);
        return show(ledger, null, model);
    }

    @PostMapping("/ledgers/{unit}/{year}/journal")
    String upload(@PathVariable String unit, @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        LedgerUser user = CurrentUser.get();
        LedgerRef ledger = new LedgerRef(unit, year);
        LedgerAccess.require(user, ledger, Action.RECORD);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return show(ledger, "请选择要导入的文件。", model);
        }
        List<JournalRows.InputRow> rows;
        try {
            rows = JournalRows.read(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes());
        } catch (JournalRows.UnreadableFile unreadable) {
            response.setStatus(400);
            return show(ledger, "文件无法读取，未记账：" + unreadable.getMessage(), model);
        }
        JournalJobs.Job job = jobs.start(user, ledger, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), rows);
        return "redirect:/ledgers/" + unit + "/" + year + "/journal/jobs/" + job.id();
    }

    @GetMapping("/ledgers/{unit}/{year}/journal/jobs/{jobId}")
    String job(@PathVariable String unit, @PathVariable int year, @PathVariable String jobId, Model model,
            HttpServletResponse response) {
        LedgerUser user = CurrentUser.get();
        return jobs.find(user.username(), jobId).filter(job -> job.ledger().equals(new LedgerRef(unit, year))).map(job -> {
            model.addAttribute("job", job);
            model.addAttribute("ledger", job.ledger());
            return "journal/job";
        }).orElseThrow(() -> new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No import " + jobId + " of yours"));
    }

    @GetMapping("/ledgers/{unit}/{year}/journal/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String unit, @PathVariable int year) throws IOException {
        LedgerAccess.require(CurrentUser.get(), new LedgerRef(unit, year), Action.READ);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-template.xlsx\"").body(templateWorkbook(year));
    }

    private String show(LedgerRef ledger, String problem, Model model) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("problem", problem);
        model.addAttribute("columns", JournalRows.COLUMNS);
        model.addAttribute("examples", examples(ledger.fiscalYear()));
        model.addAttribute("jobs", jobs.of(CurrentUser.get().username()).stream().filter(job -> job.ledger().equals(ledger)).toList());
        return "journal/page";
    }

    /** One example row per command, in the column layout (empty where a column does not apply). */
    static List<List<String>> examples(int year) {
        return List.of(
                List.of("AppropriateFunds", "a-1", year + "-01-10", "GENERAL_BUDGET", "2040201", "BASIC", "", "", "", "100000.00", "", "", "",
                        "某财预〔" + year + "〕1号", "", "", "", "年初预算", ""),
                List.of("MidYearAdjust", "adj-1", year + "-06-15", "GENERAL_BUDGET", "2040202", "PROJECT", "P01", "交通设施维护", "",
                        "20000.00", "INCREASE", "", "", "某财预〔" + year + "〕30号", "", "年中追加", "", "", ""),
                List.of("RecordRevenue", "r-1", year + "-03-01", "UNIT_FUNDS", "2040201", "BASIC", "", "", "", "5000.00", "", "OTHER", "",
                        "", "收-" + year + "-001", "", "", "其他收入", ""),
                List.of("RecordExpenditure", "e-1", year + "-04-02", "GENERAL_BUDGET", "2040201", "BASIC", "", "", "30201", "1200.00", "",
                        "", "", "", "记-" + year + "-0001", "", "某办公用品商店", "办公用品", ""),
                List.of("ReverseExpenditure", "rev-1", year + "-04-03", "", "", "", "", "", "", "", "", "", "", "",
                        "记-" + year + "-0001", "重复入账", "", "", ""),
                List.of("SetThreePublicBudget", "tp-1", year + "-01-10", "", "", "", "", "", "", "30000.00", "", "", "RECEPTION",
                        "某财预〔" + year + "〕2号", "", "", "", "", ""),
                List.of("SetControlBudget", "cb-1", year + "-01-10", "", "", "", "", "", "", "90000.00", "", "", "MEETING",
                        "某财预〔" + year + "〕2号", "", "", "", "", ""),
                List.of("RecordExpenditure", "e-2", year + "-05-06", "GENERAL_BUDGET", "2040201", "BASIC", "", "", "31002", "8600.00",
                        "", "", "", "", "记-" + year + "-0002", "", "某电脑公司", "办公电脑（政府采购）", "", "", "", "", "", "",
                        "GOODS", "SMALL_MICRO"),
                List.of("RequestPayment", "pr-1", year + "-05-08", "GENERAL_BUDGET", "2040201", "BASIC", "", "", "30201", "600.00",
                        "", "", "", "", "记-" + year + "-0003", "", "某办公用品商店", "办公用品（待审核）"),
                List.of("ApprovePayment", "ap-1", year + "-05-09", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "", "", "", "", "", "PR-1"),
                List.of("RecordStatement", "st-1", year + "-12-31", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "", "", "", "", "", "", "ASSETS", "EMERGENCY=1;LAW_ENFORCEMENT=124;SPECIAL_TECHNICAL=21;OTHER=3"),
                List.of("CloseYear", "close-1", year + "-12-31", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "CARRY_FORWARD"));
    }

    static byte[] templateWorkbook(int year) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("journal");
            Row header = sheet.createRow(0);
            for (int i = 0; i < JournalRows.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(JournalRows.COLUMNS.get(i));
                sheet.setColumnWidth(i, 16 * 256);
            }
            List<List<String>> examples = examples(year);
            for (int r = 0; r < examples.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < examples.get(r).size(); i++) {
                    if (!examples.get(r).get(i).isEmpty()) {
                        row.createCell(i).setCellValue(examples.get(r).get(i));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
