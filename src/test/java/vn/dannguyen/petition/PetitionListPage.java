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

    /** Types into the search box and searches; returns once the table shows the answer. */
    public PetitionListPage search(String text) {
        browser.type(By.id("list:text"), text);
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("list:search")).click());
        return this;
    }

    public String table() {
        return browser.driver().findElement(By.id("list:table")).getText();
    }
}
