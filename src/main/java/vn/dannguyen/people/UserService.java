package vn.dannguyen.people;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Role;

/** Accounts: finding who signs in, and creating accounts. */
@Stateless
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Resource
    SessionContext context;

    /** The active account with this user name, with its commune, or nothing. Used before sign-in. */
    @PermitAll
    public Optional<AppUser> findActive(String username) {
        List<AppUser> found = em.createQuery("""
                select u from AppUser u join fetch u.commune
                where u.username = :username and u.active = true""", AppUser.class)
                .setParameter("username", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * The signed-in user replaces their password, proving they know the current one; a password someone else
     * chose (the first administrator's) is no longer required to change.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR, Role.Names.ADMIN})
    public void changeOwnPassword(char[] current, char[] replacement) {
        AppUser user = findActive(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new BusinessException("people.password.error.current"));
        if (!passwordHasher.verify(current, user.getPasswordHash())) {
            throw new BusinessException("people.password.error.current");
        }
        String problem = PasswordPolicy.problemWith(user.getUsername(), replacement);
        if (problem != null) {
            throw new BusinessException(problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
        if (java.util.Arrays.equals(current, replacement)) {
            throw new BusinessException("people.password.error.same");
        }
        user.setPasswordHash(passwordHasher.hash(replacement));
        user.setPasswordChangeRequired(false);
    }

    /** Creates an account with a hashed password; refuses a user name already taken. */
    @RolesAllowed(Role.Names.ADMIN)
    public AppUser createUser(String username, char[] password, String fullName, long communeId,
                              java.util.Set<Role> roles, boolean provinceWide) {
        return create(username, password, fullName, communeId, roles, provinceWide);
    }

    private AppUser create(String username, char[] password, String fullName, long communeId,
                           java.util.Set<Role> roles, boolean provinceWide) {
        if (!em.createQuery("select u.id from AppUser u where u.username = :username")
                .setParameter("username", username).getResultList().isEmpty()) {
            throw new BusinessException("people.user.error.usernameTaken", username);
        }
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(passwordHasher.hash(password));
        user.setFullName(fullName);
        user.setCommune(em.getReference(Commune.class, communeId));
        user.getRoles().addAll(roles);
        user.setProvinceWide(provinceWide);
        em.persist(user);
        return user;
    }
}
