package vn.dannguyen.petition;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;

/**
 * The petitions whose petitioner an auditor asked to know for an inspection, for the rest of their session;
 * kept with the auditor's name, so nobody else who might use the same session inherits them.
 */
@SessionScoped
public class InspectionDisclosures implements Serializable {

    private static final long serialVersionUID = 1L;

    private String auditor;
    private final Set<Long> petitionIds = new HashSet<>();

    synchronized Set<Long> petitionIds(String username) {
        return username != null && username.equals(auditor) ? Set.copyOf(petitionIds) : Set.of();
    }

    synchronized void add(String username, long petitionId) {
        if (!username.equals(auditor)) {
            auditor = username;
            petitionIds.clear();
        }
        petitionIds.add(petitionId);
    }
}
