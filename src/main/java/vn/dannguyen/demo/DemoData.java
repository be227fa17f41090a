package vn.dannguyen.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.people.Role;
import vn.dannguyen.people.AppUser;
import vn.dannguyen.people.PasswordHasher;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.CommuneKind;
import vn.dannguyen.reference.Department;
import vn.dannguyen.reference.Village;
import vn.dannguyen.reference.VillageKind;

/** Fills an empty database with a demo commune when DANNGUYEN_DEMO_DATA=true (README command 1, tests). */
@Singleton
@Startup
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account; printed in the README, so never used outside the demo. */
    public static final String DEMO_PASSWORD = "DanNguyen@2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @PostConstruct
    void loadWhenEnabled() {
        boolean enabled = Boolean.parseBoolean(System.getenv().getOrDefault("DANNGUYEN_DEMO_DATA",
                System.getProperty("dannguyen.demo-data", "false")));
        if (!enabled || em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        Commune myBang = commune("TQ-MYBANG", "Xã Mỹ Bằng", CommuneKind.XA);
        villages(myBang, VillageKind.THON, "Thôn Ngô Sơn", "Thôn Đồng Bèn", "Thôn Cầu Chéo", "Thôn Làng Ải",
                "Thôn Đồng Giàn", "Thôn Khuân Ráng", "Thôn Lăng Khê", "Thôn Bình Ca");
        departments(myBang, "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội",
                "Trung tâm Phục vụ hành chính công");
        Commune minhXuan = commune("TQ-MINHXUAN", "Phường Minh Xuân", CommuneKind.PHUONG);
        villages(minhXuan, VillageKind.TO_DAN_PHO, "Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3");
        departments(minhXuan, "Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa – Xã hội",
                "Trung tâm Phục vụ hành chính công");
        em.flush();

        user("canbo", "Nguyễn Thị Hoa", myBang, EnumSet.of(Role.STAFF), false);
        user("lanhdao", "Trần Văn Minh", myBang, EnumSet.of(Role.LEADER), false);
        user("thanhtra", "Lê Thị Thu", myBang, EnumSet.of(Role.AUDITOR), false);
        user("quantri", "Phạm Quốc Hùng", myBang, EnumSet.of(Role.ADMIN), true);
        user("canbo.minhxuan", "Hoàng Văn Sơn", minhXuan, EnumSet.of(Role.STAFF), false);
        user("quantri.minhxuan", "Đỗ Thị Lan", minhXuan, EnumSet.of(Role.ADMIN), false);
        LOG.info("Demo data loaded: communes, villages, departments and one account per role");
    }

    private Commune commune(String code, String name, CommuneKind kind) {
        Commune commune = new Commune();
        commune.setCode(code);
        commune.setName(name);
        commune.setKind(kind);
        commune.setProvinceName("Tuyên Quang");
        em.persist(commune);
        return commune;
    }

    private void villages(Commune commune, VillageKind kind, String... names) {
        for (String name : names) {
            Village village = new Village();
            village.setCommune(commune);
            village.setName(name);
            village.setKind(kind);
            em.persist(village);
        }
    }

    private void departments(Commune commune, String... names) {
        List.of(names).forEach(name -> {
            Department department = new Department();
            department.setCommune(commune);
            department.setName(name);
            em.persist(department);
        });
    }

    private void user(String username, String fullName, Commune commune, Set<Role> roles, boolean provinceWide) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(passwordHasher.hash(DEMO_PASSWORD.toCharArray()));
        user.setFullName(fullName);
        user.setCommune(commune);
        user.getRoles().addAll(roles);
        user.setProvinceWide(provinceWide);
        em.persist(user);
    }
}
