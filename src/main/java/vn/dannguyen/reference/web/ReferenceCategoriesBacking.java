package vn.dannguyen.reference.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.reference.Category;
import vn.dannguyen.reference.ReferenceDataService;
import vn.dannguyen.shared.CommuneScope;

/** /admin/categories: petition categories shared by all communes (province-wide admins edit them). */
@Named
@ViewScoped
public class ReferenceCategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CommuneScope communeScope;

    private List<Category> categories;
    private Category editing;

    @PostConstruct
    void load() {
        categories = referenceData.categories();
    }

    public void startNew() {
        editing = new Category();
    }

    public void startEdit(Category category) {
        editing = category;
    }

    public void save() {
        referenceData.saveCategory(editing);
        Messages.addGlobalInfo("common.saved");
        editing = null;
        load();
    }

    public boolean isEditable() { return communeScope.isProvinceWide(); }
    public List<Category> getCategories() { return categories; }
    public Category getEditing() { return editing; }
}
