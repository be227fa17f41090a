package vn.dannguyen.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A p:selectOneMenu, chosen by clicking as a person does (primefaces-selenium's SelectOneMenu, in small). */
public final class SelectOneMenu {

    private final WebDriver driver;
    private final String id;

    public SelectOneMenu(WebDriver driver, String id) {
        this.driver = driver;
        this.id = id;
    }

    /** Opens the menu and clicks the item labelled {@code label}; waits for the ajax request the change sends, if any. */
    public void select(String label) {
        // The menu may belong to a page still loading after a click on a link.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        if (label.equals(selectedLabel())) {
            return;
        }
        PrimeFacesAjax.disableAnimations(driver);
        WebElement panel = driver.findElement(By.id(id + "_panel"));
        if (!panel.isDisplayed()) {
            driver.findElement(By.id(id)).click();
        }
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                panel.findElement(By.cssSelector("li[data-label='" + label.replace("'", "\\'") + "']"))));
        PrimeFacesAjax.guardAjaxIfSent(driver, item::click);
        if (!label.equals(selectedLabel())) {
            throw new AssertionError("menu " + id + " shows '" + selectedLabel() + "' after choosing '" + label + "'");
        }
    }

    public String selectedLabel() {
        return driver.findElement(By.id(id + "_label")).getText();
    }
}
