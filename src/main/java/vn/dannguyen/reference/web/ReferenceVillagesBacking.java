package vn.dannguyen.reference.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.reference.Village;
import vn.dannguyen.reference.VillageKind;

/** /admin/villages: villages and residential groups of a commune. */
@Named
@ViewScoped
public class ReferenceVillagesBacking extends CommuneScopedBacking {

    private static final long serialVersionUID = 1L;

    private List<Village> villages;
    private Village editing;

    @Override
    void reload() {
        villages = referenceData.villages(getCommuneId());
    }

    public void startNew() {
        editing = new Village();
    }

    public void startEdit(Village village) {
        editing = village;
    }

    public void save() {
        referenceData.saveVillage(editing, getCommuneId());
        Messages.addGlobalInfo("common.saved");
        editing = null;
        reload();
    }

    public VillageKind[] getKinds() { return VillageKind.values(); }
    public List<Village> getVillages() { return villages; }
    public Village getEditing() { return editing; }
}
