package vn.dannguyen.people;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import vn.dannguyen.shared.Role;

/** Checks a user name and password against the accounts in the database; the groups are the roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    @Inject
    PasswordHasher passwordHasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = AppUser.canonicalUsername(credential.getCaller());
        Optional<AppUser> user = users.findActive(username);
        // Verify even when the user is unknown, so the answer takes as long either way.
        boolean valid = passwordHasher.verify(credential.getPassword().getValue(),
                user.map(AppUser::getPasswordHash).orElse(null));
        if (user.isEmpty() || !valid) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().getUsername(),
                user.get().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
