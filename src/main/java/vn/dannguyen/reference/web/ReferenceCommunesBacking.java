package vn.dannguyen.reference.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.CommuneKind;
import vn.dannguyen.reference.ReferenceDataService;

/** /admin/communes: the communes of the installation (province-wide admins edit them). */
@Named
@ViewScoped
public class ReferenceCommunesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    private List<Commune> communes;
    private Commune editing;

    @PostConstruct
    void load() {
        communes = referenceData.communesInScope();
    }

    public void startNew() {
        editing = new Commune();
    }

    public void startEdit(Commune commune) {
        editing = commune;
    }

    public void save() {
        referenceData.saveCommune(editing);
        Messages.addGlobalInfo("common.saved");
        editing = null;
        load();
    }

    public CommuneKind[] getKinds() { return CommuneKind.values(); }
    public List<Commune> getCommunes() { return communes; }
    public Commune getEditing() { return editing; }
}
