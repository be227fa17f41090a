package vn.dannguyen.bench;

import java.io.IOException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.search.mapper.orm.Search;

import vn.dannguyen.petition.Petition;

/**
 * Only in the benchmark WAR: rebuilds the petition search index and waits for it, after the generator wrote
 * petitions with plain JDBC (or removed them). The application itself rebuilds the index at start-up when
 * its count differs from the database's (SearchIndexCheck), in the background.
 */
@WebServlet("/bench/reindex")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"STAFF", "LEADER"}))
public class SearchReindexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        try {
            Search.session(em).massIndexer(Petition.class).threadsToLoadObjects(1).batchSizeToLoadObjects(500).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().printf("reindexed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
