package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Role;

/**
 * GET /attachment/file?id=…: an uploaded file, always as a download (never rendered inline, so a file
 * cannot run as a page of this site), for users of the file's commune.
 */
@WebServlet("/attachment/file")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR}))
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = attachments.findToRead(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLengthLong(file.getSizeBytes());
        try (InputStream in = attachments.open(file)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
