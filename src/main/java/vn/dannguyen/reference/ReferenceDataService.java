package vn.dannguyen.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneScope;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/**
 * Communes, villages, departments and categories. Every signed-in user reads them; admins maintain
 * them: a commune admin their own commune's villages and departments, a province-wide admin also the
 * communes and the shared categories.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR, Role.Names.ADMIN})
public class ReferenceDataService {

    /** What a home page says about a commune. */
    public record CommuneSummary(long villages, long departments, long users) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneScope communeScope;

    // --- reading -------------------------------------------------------------------------------

    /** The communes this user may see: all for a province-wide user, else their own. */
    public List<Commune> communesInScope() {
        if (communeScope.isProvinceWide()) {
            return em.createQuery("select c from Commune c order by c.name", Commune.class).getResultList();
        }
        return em.createQuery("select c from Commune c where c.id = :id", Commune.class)
                .setParameter("id", communeScope.getCommuneId()).getResultList();
    }

    public List<Village> villages(long communeId) {
        checkScope(communeId);
        List<Village> villages = new ArrayList<>(em.createQuery("select v from Village v where v.commune.id = :commune", Village.class)
                .setParameter("commune", communeId).getResultList());
        villages.sort(Comparator.comparing(Village::getName, NameOrder.NAMES).thenComparing(Village::getId));
        return villages;
    }

    public List<Department> departments(long communeId) {
        checkScope(communeId);
        List<Department> departments = new ArrayList<>(em.createQuery("select d from Department d where d.commune.id = :commune",
                Department.class).setParameter("commune", communeId).getResultList());
        departments.sort(Comparator.comparing(Department::getName, NameOrder.NAMES).thenComparing(Department::getId));
        return departments;
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.nameVi", Category.class).getResultList();
    }

    public CommuneSummary summarize(long communeId) {
        checkScope(communeId);
        return new CommuneSummary(
                count("select count(v) from Village v where v.commune.id = :commune and v.active = true", communeId),
                count("select count(d) from Department d where d.commune.id = :commune and d.active = true", communeId),
                count("select count(u) from AppUser u where u.commune.id = :commune and u.active = true", communeId));
    }

    // --- maintaining ---------------------------------------------------------------------------

    @RolesAllowed(Role.Names.ADMIN)
    public Commune saveCommune(Commune commune) {
        requireProvinceWide();
        commune.setCode(commune.getCode().trim().toUpperCase());
        return Jpa.save(em, commune, commune.getId() == null, "reference.commune.error.duplicate");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Village saveVillage(Village village, long communeId) {
        checkScope(communeId);
        if (village.getId() == null) {
            village.setCommune(em.getReference(Commune.class, communeId));
        } else if (!village.getCommune().getId().equals(communeId)) {
            throw new BusinessException("common.error.outOfScope");
        }
        return Jpa.save(em, village, village.getId() == null, "reference.village.error.duplicate");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Department saveDepartment(Department department, long communeId) {
        checkScope(communeId);
        if (department.getId() == null) {
            department.setCommune(em.getReference(Commune.class, communeId));
        } else if (!department.getCommune().getId().equals(communeId)) {
            throw new BusinessException("common.error.outOfScope");
        }
        return Jpa.save(em, department, department.getId() == null, "reference.department.error.duplicate");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Category saveCategory(Category category) {
        requireProvinceWide();
        category.setCode(category.getCode().trim().toUpperCase());
        return Jpa.save(em, category, category.getId() == null, "reference.category.error.duplicate");
    }

    private long count(String jpql, long communeId) {
        return em.createQuery(jpql, Long.class).setParameter("commune", communeId).getSingleResult();
    }

    private void checkScope(long communeId) {
        if (!communeScope.mayAccessCommune(communeId)) {
            throw new BusinessException("common.error.outOfScope");
        }
    }

    private void requireProvinceWide() {
        if (!communeScope.isProvinceWide()) {
            throw new BusinessException("reference.error.provinceOnly");
        }
    }
}
