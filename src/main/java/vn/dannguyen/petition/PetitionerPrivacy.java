package vn.dannguyen.petition;

import java.util.Set;

import vn.dannguyen.people.Role;

/**
 * Who may know who raised a petition (Personal Data Protection Law; Law on Denunciation 2018 art. 47):
 * staff and leaders of the commune see a petitioner's name and contact, since they must answer them;
 * a denouncer's identity only the leaders who handle the denunciation. Auditors and the public see none.
 */
public final class PetitionerPrivacy {

    private PetitionerPrivacy() {
    }

    public static boolean mayKnowPetitioner(PetitionKind kind, Set<Role> roles) {
        if (kind.protectsIdentity()) {
            return roles.contains(Role.LEADER);
        }
        return roles.contains(Role.STAFF) || roles.contains(Role.LEADER);
    }
}
