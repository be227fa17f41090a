package vn.dannguyen.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A p:datePicker with pattern dd/MM/yyyy: the day is typed, as clerks do, and the panel is closed. */
public final class DatePicker {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebDriver driver;
    private final String id;

    /** {@code id}: the component's client id (without "_input"). */
    public DatePicker(WebDriver driver, String id) {
        this.driver = driver;
        this.id = id;
    }

    public void setValue(LocalDate day) {
        PrimeFacesAjax.disableAnimations(driver);
        WebElement input = driver.findElement(By.id(id + "_input"));
        input.clear();
        input.sendKeys(day.format(DAY));
        // Typing may open the panel over the next field; with animations off, hide() closes it at once.
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (w && w.panel && w.panel.is(':visible')) { w.hide(); }", id);
    }

    public String text() {
        return driver.findElement(By.id(id + "_input")).getAttribute("value");
    }
}
