package vn.dannguyen;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import vn.dannguyen.people.AppUser;
import vn.dannguyen.people.PasswordHasher;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.CommuneKind;
import vn.dannguyen.reference.Department;
import vn.dannguyen.reference.Village;
import vn.dannguyen.shared.Role;

/** Makes and removes the data one in-container test needs, so tests never depend on one another. */
@Stateless
public class TestData {

    public static final String PASSWORD = "Test@Passw0rd";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    /** A commune with a unique code; returns its id. */
    public long commune(String name) {
        Commune commune = new Commune();
        commune.setCode("T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        commune.setName(name);
        commune.setKind(CommuneKind.XA);
        commune.setProvinceName("Tuyên Quang");
        em.persist(commune);
        em.flush();
        return commune.getId();
    }

    /**
     * A commune with the department "Phòng Kinh tế", the village "Thôn Ngô Sơn" and four accounts: staff,
     * leader, officer (a second STAFF account, the one given the work) and auditor. Keys: id, department,
     * village, staff, leader, officer, officerId, auditor ({@code vn.dannguyen.fixture.CommuneFixture}).
     */
    public java.util.Properties communeWithAccounts(String name) {
        java.util.Properties made = new java.util.Properties();
        long commune = commune(name);
        made.setProperty("id", String.valueOf(commune));
        made.setProperty("department", String.valueOf(department(commune, "Phòng Kinh tế")));
        made.setProperty("village", String.valueOf(village(commune, "Thôn Ngô Sơn")));
        made.setProperty("staff", user(commune, false, Role.STAFF));
        made.setProperty("leader", user(commune, false, Role.LEADER));
        String officer = user(commune, false, Role.STAFF);
        made.setProperty("officer", officer);
        made.setProperty("officerId", String.valueOf(userId(officer)));
        made.setProperty("auditor", user(commune, false, Role.AUDITOR));
        return made;
    }

    /** An account of that commune with {@link #PASSWORD}; returns its unique user name. */
    public String user(long communeId, boolean provinceWide, Role first, Role... more) {
        AppUser user = new AppUser();
        user.setUsername("t" + UUID.randomUUID().toString().substring(0, 12));
        user.setPasswordHash(passwordHasher.hash(PASSWORD.toCharArray()));
        user.setFullName("Người Kiểm Thử");
        user.setCommune(em.find(Commune.class, communeId));
        user.setRoles(EnumSet.of(first, more));
        user.setProvinceWide(provinceWide);
        em.persist(user);
        return user.getUsername();
    }

    public void email(String username, String address) {
        em.createQuery("update AppUser u set u.email = :email where u.username = :username")
                .setParameter("email", address).setParameter("username", username).executeUpdate();
    }

    public void deactivate(String username) {
        em.createQuery("update AppUser u set u.active = false where u.username = :username")
                .setParameter("username", username).executeUpdate();
    }

    /** A department of the commune {@code username} belongs to (e.g. a demo officer's), by name. */
    public long departmentOf(String username, String name) {
        return ((Number) single("select d.id from department d join app_user u on u.commune_id = d.commune_id"
                + " where u.username = ?1 and d.name = ?2", username, name)).longValue();
    }

    /** Removes a commune made by {@link #commune} with everything that belongs to it. */
    public void removeCommune(long communeId) {
        for (String table : new String[] {"mediation_session", "mediation_council_member"}) {
            em.createNativeQuery("delete from " + table + " where case_id in (select id from mediation_case where commune_id = ?1)")
                    .setParameter(1, communeId).executeUpdate();
        }
        em.createNativeQuery("delete from mediation_case where commune_id = ?1").setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("update petition set recurrence_of_id = null where commune_id = ?1").setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from meeting_village where meeting_id in (select id from meeting where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from notification where petition_id in (select id from petition where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from petition_transition where petition_id in (select id from petition where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from assignment where petition_id in (select id from petition where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        for (String table : new String[] {"forwarding", "roadmap_step"}) {
            em.createNativeQuery("delete from " + table + " where petition_id in (select id from petition where commune_id = ?1)")
                    .setParameter(1, communeId).executeUpdate();
        }
        em.createNativeQuery("delete from stored_file where commune_id = ?1").setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from progress_note where petition_id in (select id from petition where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        for (String table : new String[] {"petition", "meeting", "meeting_cycle", "tracking_sequence", "village", "department"}) {
            em.createNativeQuery("delete from " + table + " where commune_id = ?1").setParameter(1, communeId).executeUpdate();
        }
        em.createNativeQuery("delete from app_user_role where user_id in (select id from app_user where commune_id = ?1)")
                .setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from app_user where commune_id = ?1").setParameter(1, communeId).executeUpdate();
        em.createNativeQuery("delete from commune where id = ?1").setParameter(1, communeId).executeUpdate();
    }

    /** A village of the commune; returns its id. */
    public long village(long communeId, String name) {
        Village village = new Village();
        village.setCommune(em.find(Commune.class, communeId));
        village.setName(name);
        em.persist(village);
        em.flush();
        return village.getId();
    }

    /** A department of the commune; returns its id. */
    public long department(long communeId, String name) {
        Department department = new Department();
        department.setCommune(em.find(Commune.class, communeId));
        department.setName(name);
        em.persist(department);
        em.flush();
        return department.getId();
    }

    /** The id of an account by its user name. */
    public long userId(String username) {
        return em.createQuery("select u.id from AppUser u where u.username = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }

    /** The id of a seeded category by its code (LAND, TRAFFIC, IRRIGATION, ...). */
    public long category(String code) {
        return em.createQuery("select c.id from Category c where c.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public void removeCategory(String code) {
        em.createNativeQuery("delete from category where code = ?1").setParameter(1, code).executeUpdate();
    }

    /** How many petitions of a commune the search index holds (what a search could find, before rows are loaded). */
    public long indexedPetitions(long communeId) {
        return Search.session(em).search(Petition.class).where(f -> f.match().field("communeId").matching(communeId))
                .fetchTotalHitCount();
    }

    /** Runs a native update: putting shared data back after a test, or tampering with rows as an attacker would. */
    public int execute(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }

    /** Runs a read-only native query returning one value, for checks on what the database really holds. */
    public Object single(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }

    public java.util.List<?> list(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }
}
