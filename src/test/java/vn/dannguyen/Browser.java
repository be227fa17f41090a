package vn.dannguyen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded at run time.
 * Screenshots go to target/screenshots so a person can look at what the tests saw.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits (up to 15 s) until the element is visible and returns it. */
    public WebElement visible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitUntilGone(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /**
     * Types a day into a PrimeFaces date picker and closes its panel. Escape can reach the panel while its
     * opening animation runs and be lost, so it is pressed again, and the widget is closed by script last.
     */
    public void typeDate(String inputId, String day) {
        type(By.id(inputId), day);
        By panel = By.id(inputId.replace("_input", "_panel"));
        for (int attempt = 0; attempt < 3; attempt++) {
            driver.findElement(By.id(inputId)).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (TimeoutException stillOpen) {
                // press once more
            }
        }
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); if (w) { w.hide(); }", inputId.replace("_input", ""));
        waitUntilGone(panel);
    }

    public void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Chooses {@code label} in a PrimeFaces selectOneMenu by clicking, as a person does. The panel slides open;
     * a click that lands while it still moves can miss, so we wait for the animation and try again if the
     * panel stays open or another item takes the click.
     */
    public void selectOne(String menuId, String label) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        for (int attempt = 1; ; attempt++) {
            WebElement panel = driver.findElement(By.id(menuId + "_panel"));
            if (!panel.isDisplayed()) {
                visible(By.id(menuId)).click();
            }
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(script.executeScript(
                    "var p = document.getElementById(arguments[0]);"
                            + " return !!p && jQuery(p).is(':visible') && !jQuery(p).is(':animated');",
                    menuId + "_panel")));
            WebElement item = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException moved) {
                // The list scrolled under the pointer (to the chosen item) between finding the item and the click.
                if (attempt == 3) {
                    throw moved;
                }
                continue;
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(panel));
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                continue;
            }
            String chosen = driver.findElement(By.id(menuId + "_label")).getText();
            if (label.equals(chosen)) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("Menu " + menuId + " shows '" + chosen + "', not '" + label + "'");
            }
        }
    }

    /** The value of the session cookie, for fetching a file the page links to. */
    public String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Waits until the script returns true (e.g. until PrimeFaces' ajax queue is empty). */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public void signOutAndForget() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
