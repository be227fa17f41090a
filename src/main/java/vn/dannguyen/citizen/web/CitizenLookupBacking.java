package vn.dannguyen.citizen.web;

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

    /** The view action: looks the code up when one was given (a code that exists is answered even while this address must wait). */
    public void lookup() {
        if (code != null && !code.isBlank()) {
            LookupThrottle.Answer<PublicStatus> answer = throttle.lookUp(request.getRemoteAddr(), () -> lookupService.lookup(code));
            if (answer.mustWait()) {
                Messages.addGlobalError("citizen.lookup.tooMany", Math.max(1, (answer.waitFor().getSeconds() + 59) / 60));
                return;
            }
            searched = true;
            result = answer.found().orElse(null);
            if (result != null) {
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
