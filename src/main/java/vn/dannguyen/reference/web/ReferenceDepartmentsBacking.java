package vn.dannguyen.reference.web;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.reference.Department;

/** /admin/departments: the People's Committee departments of a commune that petitions go to. */
@Named
@ViewScoped
public class ReferenceDepartmentsBacking extends CommuneScopedBacking {

    private static final long serialVersionUID = 1L;

    private List<Department> departments;
    private Department editing;

    @Override
    void reload() {
        departments = referenceData.departments(getCommuneId());
    }

    public void startNew() {
        editing = new Department();
    }

    public void startEdit(Department department) {
        editing = department;
    }

    public void save() {
        referenceData.saveDepartment(editing, getCommuneId());
        Messages.addGlobalInfo("common.saved");
        editing = null;
        reload();
    }

    public List<Department> getDepartments() { return departments; }
    public Department getEditing() { return editing; }
}
