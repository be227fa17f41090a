package vn.dannguyen.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.HistoryFilter;
import vn.dannguyen.audit.HistoryRow;
import vn.dannguyen.shared.Exported;

/** /audit/history: the auditor searches every change and event of their commune, and exports what they found. */
@Named
@ViewScoped
public class AuditHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditHistoryService history;

    @Inject
    Event<Exported> exports;

    @Inject
    AuditDisplay display;

    private final HistoryFilter filter = new HistoryFilter();
    private List<HistoryRow> rows;

    public void search() {
        rows = history.search(filter);
        if (rows.size() >= AuditHistoryService.SEARCH_LIMIT) {
            Messages.addGlobalWarn("audit.history.limit", AuditHistoryService.SEARCH_LIMIT);
        }
    }

    public void export() throws IOException {
        if (rows == null) {
            search();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Lich su");
            String[] headers = {"audit.col.when", "audit.col.who", "audit.col.ip", "audit.col.record", "audit.col.recordId",
                    "audit.col.action", "audit.col.petition", "audit.col.revision", "audit.col.detail"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(Messages.createInfo(headers[i]).getSummary());
            }
            int index = 1;
            for (HistoryRow row : rows) {
                Row line = sheet.createRow(index++);
                line.createCell(0).setCellValue(display.when(row.at()));
                line.createCell(1).setCellValue(row.username());
                line.createCell(2).setCellValue(row.ipAddress() == null ? "" : row.ipAddress());
                line.createCell(3).setCellValue(display.record(row.record()));
                line.createCell(4).setCellValue(row.recordId() == null ? "" : row.recordId());
                line.createCell(5).setCellValue(display.action(row.action()));
                line.createCell(6).setCellValue(row.trackingCode() == null ? "" : row.trackingCode());
                line.createCell(7).setCellValue(row.revision() == null ? "" : row.revision().toString());
                line.createCell(8).setCellValue(display.detail(row));
            }
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(out);
        }
        exports.fire(new Exported("lich-su.xlsx: " + rows.size()));
        Faces.sendFile(out.toByteArray(), "lich-su.xlsx", true);
    }

    public List<String> getRecordKinds() {
        return AuditHistoryService.recordKinds();
    }

    public HistoryFilter getFilter() { return filter; }
    public List<HistoryRow> getRows() { return rows; }
}
