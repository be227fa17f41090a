package vn.dannguyen.citizen.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.citizen.CitizenLookupService;
import vn.dannguyen.citizen.PublicStatus;

/** /tra-cuu?ma=…: a citizen checks what became of their petition (the address printed on the receipt). */
@Named
@RequestScoped
public class CitizenLookupBacking {

    @Inject
    CitizenLookupService lookupService;

    private String code;
    private PublicStatus result;
    private boolean searched;

    /** The view action: looks the code up when one was given. */
    public void lookup() {
        if (code != null && !code.isBlank()) {
            searched = true;
            result = lookupService.lookup(code).orElse(null);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PublicStatus getResult() { return result; }
    public boolean isSearched() { return searched; }
}
