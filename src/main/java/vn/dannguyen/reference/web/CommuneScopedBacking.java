package vn.dannguyen.reference.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.primefaces.model.SortMeta;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.NameOrder;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.shared.CommuneScope;

/** A page listing one commune's records: the user's own commune, or the one a province-wide user picks. */
abstract class CommuneScopedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CommuneScope communeScope;

    private List<Commune> communes;
    private Long communeId;

    @PostConstruct
    void init() {
        communes = referenceData.communesInScope();
        communeId = communeScope.getCommuneId();
        reload();
    }

    /** Reads the records of {@link #getCommuneId()} again. */
    abstract void reload();

    public void communeChanged() {
        reload();
    }

    /** The table's sort on a name column (PrimeFaces' sortFunction): the lists' order, numbers by value. */
    public int compareNames(Object a, Object b, SortMeta column) {
        return NameOrder.NAMES.compare(String.valueOf(a), String.valueOf(b));
    }

    public boolean isCommuneSelectable() {
        return communes.size() > 1;
    }

    public List<Commune> getCommunes() { return communes; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
}
