package vn.dannguyen.petition.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;

import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.PetitionFilter;
import vn.dannguyen.petition.PetitionKind;
import vn.dannguyen.petition.PetitionQueries;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionSort;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.excel.PetitionSheetExport;
import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.Exported;
import vn.dannguyen.shared.web.LocaleSelection;

/** /petition/list: the commune's petitions, filtered, searched, sorted, a page at a time; export to Excel. */
@Named
@ViewScoped
public class PetitionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An export beyond this many rows asks the user to narrow the filter. */
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    Event<Exported> exports;

    @Inject
    PetitionQueries petitions;

    @Inject
    MeetingService meetings;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ActiveUser activeUser;

    @Inject
    LocaleSelection locale;

    private final PetitionFilter filter = new PetitionFilter();
    private PetitionSort sort = PetitionSort.NEWEST_FIRST;
    private PetitionLazyModel model;
    private List<Category> categories;
    private List<Village> villages;
    private List<MeetingCycle> cycles;

    @PostConstruct
    void init() {
        model = new PetitionLazyModel(petitions, filter);
        categories = referenceData.categories();
        villages = referenceData.villages(activeUser.getCommuneId());
        cycles = meetings.cycles();
    }

    /** Applies the filter and order from the first page. */
    public void apply() {
        model.restart(sort);
        DataTable table = Components.findComponent("list:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        filter.setText(null);
        filter.setStatus(null);
        filter.setKind(null);
        filter.setChannel(null);
        filter.setCategoryId(null);
        filter.setVillageId(null);
        filter.setCycleId(null);
        filter.setReceivedFrom(null);
        filter.setReceivedTo(null);
        filter.setOverdue(false);
        apply();
    }

    public void export() throws IOException {
        List<PetitionRow> rows = petitions.all(filter, sort, EXPORT_LIMIT + 1);
        if (rows.size() > EXPORT_LIMIT) {
            rows = rows.subList(0, EXPORT_LIMIT);
            Messages.addFlashGlobalWarn("petition.list.exportTooMany", EXPORT_LIMIT);
        }
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        PetitionSheetExport.write(rows, locale.getLocale(), sheet);
        exports.fire(new Exported("kien-nghi.xlsx: " + rows.size()));
        Faces.sendFile(sheet.toByteArray(), "kien-nghi.xlsx", true);
    }

    public PetitionFilter getFilter() { return filter; }
    public PetitionSort getSort() { return sort; }
    /** A request without the order (a hand-made one: the menu always sends one) reads the newest first. */
    public void setSort(PetitionSort sort) { this.sort = sort == null ? PetitionSort.NEWEST_FIRST : sort; }
    public PetitionLazyModel getModel() { return model; }
    public List<Category> getCategories() { return categories; }
    public List<Village> getVillages() { return villages; }
    public List<MeetingCycle> getCycles() { return cycles; }
    public PetitionStatus[] getStatuses() { return PetitionStatus.values(); }
    public PetitionKind[] getKinds() { return PetitionKind.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public PetitionSort[] getSorts() { return PetitionSort.values(); }
}
