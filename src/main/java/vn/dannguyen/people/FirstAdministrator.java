package vn.dannguyen.people;

import java.util.EnumSet;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.CommuneKind;
import vn.dannguyen.shared.DemoMode;
import vn.dannguyen.shared.Role;

/**
 * The first account of a production installation, which starts with none (README, "First administrator"): when
 * no account exists and {@code DANNGUYEN_FIRST_ADMIN_PASSWORD} is set, a province-wide administrator
 * {@code DANNGUYEN_FIRST_ADMIN_USER} (default {@code quantri}) is created with that password, which they must
 * replace at their first sign-in. Once any account exists the variable does nothing. The demo loads its own
 * accounts instead.
 */
@Singleton
@Startup
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final String DEFAULT_USERNAME = "quantri";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @PostConstruct
    void createWhenNoAccountExists() {
        if (DemoMode.enabled() || em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        String secret = System.getenv("DANNGUYEN_FIRST_ADMIN_PASSWORD");
        if (secret == null || secret.isBlank()) {
            LOG.warning("No account exists yet. Set DANNGUYEN_FIRST_ADMIN_PASSWORD (and optionally DANNGUYEN_FIRST_ADMIN_USER)"
                    + " and restart to create the first administrator (README, \"First administrator\").");
            return;
        }
        String configured = System.getenv("DANNGUYEN_FIRST_ADMIN_USER");
        String username = AppUser.canonicalUsername(configured == null || configured.isBlank() ? DEFAULT_USERNAME : configured);
        AppUser admin = new AppUser();
        admin.setUsername(username);
        admin.setPasswordHash(passwordHasher.hash(secret.toCharArray()));
        admin.setPasswordChangeRequired(true);
        admin.setFullName("Quản trị hệ thống");
        admin.setCommune(homeUnit());
        admin.setProvinceWide(true);
        admin.getRoles().addAll(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        LOG.info("Created the first administrator '" + username + "'; the password must be changed at the first sign-in."
                + " Remove DANNGUYEN_FIRST_ADMIN_PASSWORD from the environment.");
    }

    /**
     * Every account belongs to a unit: the first one there is, or else one for the province's own staff, which
     * the administrator renames and completes on /admin/communes.
     */
    private Commune homeUnit() {
        return em.createQuery("select c from Commune c order by c.id", Commune.class).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> {
                    Commune province = new Commune();
                    province.setCode("TINH");
                    String provinceName = System.getenv().getOrDefault("DANNGUYEN_PROVINCE_NAME", "Tuyên Quang");
                    province.setName("Cấp tỉnh " + provinceName);
                    province.setProvinceName(provinceName);
                    province.setKind(CommuneKind.XA);
                    em.persist(province);
                    return province;
                });
    }
}
