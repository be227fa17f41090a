package vn.dannguyen.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.dannguyen.report.CycleReportService;
import vn.dannguyen.report.ReportPeriod;
import vn.dannguyen.report.document.OfficialReport;
import vn.dannguyen.report.document.OfficialReportDocx;
import vn.dannguyen.report.document.OfficialReportPdf;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Exported;
import vn.dannguyen.shared.Role;

/**
 * GET /report/file?type=compilation|results&amp;cycle=ID or type=statistics&amp;year=Y&amp;period=P, with
 * format=pdf|docx: an official report as a file.
 */
@WebServlet("/report/file")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR}))
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleReportService reports;

    @Inject
    Event<Exported> exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getParameter("type");
        boolean docx = "docx".equals(request.getParameter("format"));
        OfficialReport report;
        String name;
        try {
            if ("statistics".equals(type)) {
                int year = Integer.parseInt(request.getParameter("year"));
                ReportPeriod period = ReportPeriod.valueOf(request.getParameter("period"));
                if (year < 2000 || year > 2100) {
                    throw new IllegalArgumentException("year");
                }
                report = reports.statistics(year, period);
                name = "thong-ke-" + period.name().toLowerCase() + "-" + year;
            } else if ("compilation".equals(type) || "results".equals(type)) {
                long cycle = Long.parseLong(request.getParameter("cycle"));
                report = "compilation".equals(type) ? reports.compilation(cycle) : reports.results(cycle);
                name = ("compilation".equals(type) ? "tong-hop-kien-nghi-dot-" : "ket-qua-tra-loi-dot-") + cycle;
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (IllegalArgumentException | NullPointerException | BusinessException unknown) {
            // A malformed or foreign request gets the same answer as a missing one.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if (docx) {
            OfficialReportDocx.write(report, file);
            response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        } else {
            OfficialReportPdf.write(report, file);
            response.setContentType("application/pdf");
        }
        name += docx ? ".docx" : ".pdf";
        exports.fire(new Exported(name));
        response.setHeader("Content-Disposition", (docx ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        response.setContentLength(file.size());
        file.writeTo(response.getOutputStream());
    }
}
