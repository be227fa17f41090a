package vn.dannguyen.petition;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.PrimeFacesAjax;

/** /petition/list: the commune's petitions, searched and filtered. */
public final class PetitionListPage {

    private final Browser browser;

    private PetitionListPage(Browser browser) {
        this.browser = browser;
    }

    public static PetitionListPage open(Browser browser, String base) {
        browser.open(base + "petition/list");
        browser.visible(By.id("list:text"));
        PrimeFacesAjax.disableAnimations(browser.driver());
        return new PetitionListPage(browser);
    }

    /** The list, already open in the browser. */
    public static PetitionListPage at(Browser browser) {
        browser.visible(By.id("list:text"));
        PrimeFacesAjax.disableAnimations(browser.driver());
        return new PetitionListPage(browser);
    }

    /** Types into the search box and searches; returns once the table shows the answer. */
    public PetitionListPage search(String text) {
        browser.type(By.id("list:text"), text);
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("list:search")).click());
        return this;
    }

    /** Sets the received-between filter (either day may be null to leave it as it is) and searches. */
    public PetitionListPage receivedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null) {
            new vn.dannguyen.browser.DatePicker(browser.driver(), "list:from").setValue(from);
        }
        if (to != null) {
            new vn.dannguyen.browser.DatePicker(browser.driver(), "list:to").setValue(to);
        }
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("list:search")).click());
        return this;
    }

    /** The filter fields with their messages. */
    public String filters() {
        return browser.driver().findElement(By.cssSelector("#list .filters")).getText();
    }

    public String table() {
        return browser.driver().findElement(By.id("list:table")).getText();
    }
}
