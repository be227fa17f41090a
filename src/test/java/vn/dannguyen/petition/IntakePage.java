package vn.dannguyen.petition;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.PrimeFacesAjax;
import vn.dannguyen.browser.SelectOneMenu;

/** /petition/new: a clerk records a petition brought to the counter. */
public final class IntakePage {

    private final Browser browser;

    private IntakePage(Browser browser) {
        this.browser = browser;
    }

    public static IntakePage open(Browser browser, String base) {
        browser.open(base + "petition/new");
        browser.visible(By.id("intake:content"));
        PrimeFacesAjax.disableAnimations(browser.driver());
        return new IntakePage(browser);
    }

    /** What the clerk types for a walk-in; a null village or name is left empty. */
    public record Walkin(String content, String categoryLabel, String villageLabel, String name, String phone) {
    }

    public IntakePage fill(Walkin petition) {
        browser.type(By.id("intake:content"), petition.content());
        new SelectOneMenu(browser.driver(), "intake:category").select(petition.categoryLabel());
        if (petition.villageLabel() != null) {
            new SelectOneMenu(browser.driver(), "intake:village").select(petition.villageLabel());
        }
        if (petition.name() != null) {
            browser.type(By.id("intake:name"), petition.name());
        }
        if (petition.phone() != null) {
            browser.type(By.id("intake:phone"), petition.phone());
        }
        return this;
    }

    /** Saves; returns the tracking code the panel shows. */
    public String save() {
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("intake:save")).click());
        return browser.visible(By.id("trackingCode")).getText();
    }

    /** The value of a field, by its id in the form ("content", "submissionKey"). */
    public String value(String field) {
        return browser.driver().findElement(By.id("intake:" + field)).getAttribute("value");
    }
}
