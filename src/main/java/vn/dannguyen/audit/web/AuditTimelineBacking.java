package vn.dannguyen.audit.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.TimelineEntry;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.BusinessException;

/** /audit/petition?id=: everything that happened to one petition, each change with its field differences. */
@Named
@ViewScoped
public class AuditTimelineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditHistoryService history;

    @Inject
    PetitionService petitions;

    private Long id;
    private PetitionRow petition;
    private List<TimelineEntry> entries;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new BusinessException("petition.error.notFound");
            }
            petition = petitions.row(id);
            entries = history.timeline(id);
        } catch (BusinessException notFound) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PetitionRow getPetition() { return petition; }
    public List<TimelineEntry> getEntries() { return entries; }
}
