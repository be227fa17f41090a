package vn.dannguyen.audit.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.TimelineEntry;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionerPrivacy;
import vn.dannguyen.shared.BusinessException;

/** /audit/petition?id=: everything that happened to one petition, each change with its field differences. */
@Named
@ViewScoped
public class AuditTimelineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditHistoryService history;

    @Inject
    PetitionQueries petitions;

    @Inject
    PetitionerPrivacy privacy;

    private Long id;
    private PetitionRow petition;
    private boolean petitionerKnown;
    private List<TimelineEntry> entries;
    private String reason;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new BusinessException("petition.error.notFound");
            }
            read();
        } catch (BusinessException notFound) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "petition.error.notFound");
        }
    }

    private void read() {
        petition = petitions.row(id);
        petitionerKnown = privacy.mayKnow(id, petition.kind());
        entries = history.timeline(id);
    }

    /** The auditor needs to know who raised it for an inspection: asked with a reason, recorded, then shown. */
    public void askToKnowPetitioner() {
        privacy.askForInspection(id, reason);
        reason = null;
        read();
        Messages.addGlobalInfo("audit.disclosure.done");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PetitionRow getPetition() { return petition; }
    public List<TimelineEntry> getEntries() { return entries; }
    public boolean isPetitionerKnown() { return petitionerKnown; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
