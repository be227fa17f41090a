package vn.dannguyen.citizen.web;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import vn.dannguyen.citizen.CitizenLookupService;
import vn.dannguyen.citizen.LookupThrottle;
import vn.dannguyen.citizen.PublicStatus;

/** /tra-cuu?ma=…: a citizen checks what became of their petition (the address printed on the receipt). */
@Named
@RequestScoped
public class CitizenLookupBacking {

    @Inject
    CitizenLookupService lookupService;

    @Inject
    LookupThrottle throttle;

    @Inject
    HttpServletRequest request;

    private String code;
    private PublicStatus result;
    private java.util.List<vn.dannguyen.citizen.PublicStep> roadmap = java.util.List.of();
    private boolean searched;

    /** The view action: looks the code up when one was given. */
    public void lookup() {
        if (code != null && !code.isBlank()) {
            Duration wait = throttle.waitBeforeLookup(request.getRemoteAddr());
            if (!wait.isZero()) {
                Messages.addGlobalError("citizen.lookup.tooMany", Math.max(1, (wait.getSeconds() + 59) / 60));
                return;
            }
            searched = true;
            result = lookupService.lookup(code).orElse(null);
            if (result == null) {
                throttle.missed(request.getRemoteAddr());
            } else {
                roadmap = lookupService.roadmap(result);
            }
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PublicStatus getResult() { return result; }
    public boolean isSearched() { return searched; }
    public java.util.List<vn.dannguyen.citizen.PublicStep> getRoadmap() { return roadmap; }
}
