package vn.dannguyen.people;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.reference.Commune;
import vn.dannguyen.shared.BusinessException;

/** Accounts: finding who signs in, and creating accounts. */
@Stateless
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

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
