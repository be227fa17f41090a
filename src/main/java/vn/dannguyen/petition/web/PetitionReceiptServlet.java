package vn.dannguyen.petition.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionReceipt;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.PublicAddress;
import vn.dannguyen.shared.Role;

/** GET /petition/receipt?code=…: the printable PDF receipt of a petition, opened in a new tab to print. */
@WebServlet("/petition/receipt")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.STAFF, Role.Names.LEADER}))
public class PetitionReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PetitionQueries petitions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        if (code == null || !code.matches("[0-9A-Z-]{6,24}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PetitionReceipt receipt;
        try {
            receipt = petitions.receipt(code, PublicAddress.of("/tra-cuu?ma=" + code));
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        receipt.writePdf(pdf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"phieu-tiep-nhan-" + code + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
