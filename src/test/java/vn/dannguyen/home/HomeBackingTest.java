package vn.dannguyen.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.dannguyen.shared.Role;

/** Each role has its own home page. */
class HomeBackingTest {

    @Test
    void eachRoleLandsOnItsOwnHome() {
        assertEquals("/staff/home?faces-redirect=true", HomeBacking.homeOf(Role.STAFF));
        assertEquals("/leader/home?faces-redirect=true", HomeBacking.homeOf(Role.LEADER));
        assertEquals("/audit/home?faces-redirect=true", HomeBacking.homeOf(Role.AUDITOR));
        assertEquals("/admin/home?faces-redirect=true", HomeBacking.homeOf(Role.ADMIN));
    }
}
