package vn.dannguyen.mediation;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.PrimeFacesAjax;
import vn.dannguyen.browser.SelectOneMenu;

/** /mediation/edit: one land-dispute mediation, from the request to its outcome. */
public final class MediationPage {

    private final Browser browser;

    private MediationPage(Browser browser) {
        this.browser = browser;
        PrimeFacesAjax.disableAnimations(browser.driver());
    }

    /** From the logbook (/mediation/list), a new case. */
    public static MediationPage newCase(Browser browser, String base) {
        browser.open(base + "mediation/list");
        browser.visible(By.id("logbook:newCase")).click();
        browser.visible(By.id("details:requesterName"));
        return new MediationPage(browser);
    }

    /** What the clerk types from the request form. */
    public record Request(String requesterName, String requesterAddress, String otherPartyName, String otherPartyAddress,
            String parcelNumber, String mapSheet, String parcelLocation, String dispute) {
    }

    /** Records the request; the case then waits to be accepted. */
    public MediationPage record(Request request) {
        browser.type(By.id("details:requesterName"), request.requesterName());
        browser.type(By.id("details:requesterAddress"), request.requesterAddress());
        browser.type(By.id("details:otherPartyName"), request.otherPartyName());
        browser.type(By.id("details:otherPartyAddress"), request.otherPartyAddress());
        browser.type(By.id("details:parcelNumber"), request.parcelNumber());
        browser.type(By.id("details:mapSheet"), request.mapSheet());
        browser.type(By.id("details:parcelLocation"), request.parcelLocation());
        browser.type(By.id("details:dispute"), request.dispute());
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("details:save")).click());
        browser.visible(By.id("accept:acceptButton"));
        return this;
    }

    public MediationPage accept() {
        press("accept:acceptButton");
        return this;
    }

    /** Adds a member of the council in the role (its label) the law gives the seat. */
    public MediationPage addCouncilMember(String name, String roleLabel, boolean woman) {
        browser.type(By.id("member:memberName"), name);
        new SelectOneMenu(browser.driver(), "member:memberRole").select(roleLabel);
        if (woman) {
            browser.driver().findElement(By.cssSelector("#member\\:memberWoman .ui-chkbox-box")).click();
        }
        press("member:addMember");
        return this;
    }

    /** Records a session the requester attends and the other party does not. */
    public MediationPage recordSessionWithoutTheOtherParty(String place, String minutes) {
        browser.type(By.id("session:place"), place);
        browser.driver().findElement(By.cssSelector("#session\\:otherPartyPresent .ui-chkbox-box")).click();
        browser.type(By.id("session:minutes"), minutes);
        press("session:recordSession");
        return this;
    }

    public String status() {
        return browser.visible(By.id("caseStatus")).getText();
    }

    public String council() {
        return browser.driver().findElement(By.id("council:members")).getText();
    }

    /** The seats still empty, or that the council is complete. */
    public String composition() {
        return browser.driver().findElement(By.id("composition")).getText();
    }

    public String sessions() {
        return browser.driver().findElement(By.id("sessions")).getText();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    private void press(String buttonId) {
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id(buttonId)).click());
    }
}
