package vn.dannguyen.mediation.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.mediation.LogbookRow;
import vn.dannguyen.mediation.MediationQueries;
import vn.dannguyen.mediation.MediationStatus;

/** /mediation/list: the commune's mediation logbook, overdue cases first, filtered by status. */
@Named
@ViewScoped
public class MediationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediationQueries mediationQueries;

    private MediationStatus status;
    private List<LogbookRow> rows;

    @PostConstruct
    void init() {
        filter();
    }

    public void filter() {
        rows = mediationQueries.logbook(status);
    }

    public long getOverdueCount() {
        return rows.stream().filter(LogbookRow::overdue).count();
    }

    public MediationStatus[] getStatuses() { return MediationStatus.values(); }
    public MediationStatus getStatus() { return status; }
    public void setStatus(MediationStatus status) { this.status = status; }
    public List<LogbookRow> getRows() { return rows; }
}
