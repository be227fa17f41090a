package vn.dannguyen.petition.web;

import java.io.IOException;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.dannguyen.petition.excel.PetitionSheetTemplate;
import vn.dannguyen.shared.Role;

/** GET /petition/import-template: the empty sheet to fill in for an import. */
@WebServlet("/petition/import-template")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.Names.STAFF, Role.Names.LEADER}))
public class PetitionImportTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"mau-nhap-kien-nghi.xlsx\"");
        PetitionSheetTemplate.write(response.getOutputStream());
    }
}
