package vn.dannguyen.browser;

import java.time.Duration;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What primefaces-selenium's {@code PrimeSelenium.guardAjax} and {@code disableAnimations} do, for our own
 * ChromeDriver. That library cannot be a dependency here: the published primefaces-selenium-core 15.0.0
 * names a parent POM (primefaces-selenium 15.0.0) that the repository does not serve, so Maven cannot read
 * it, and its components (SelectOneMenu, DatePicker) live in primefaces-selenium-components, which is not
 * published at all. The waits below are the conditions its PrimeExpectedConditions use.
 */
public final class PrimeFacesAjax {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Counts PrimeFaces' own ajax events from now on; a full page load replaces the window and drops the count. */
    private static final String WATCH = """
            window.dnGuard = {sent: 0, completed: 0};
            jQuery(document).off('.dnGuard')
                .on('pfAjaxSend.dnGuard', function () { dnGuard.sent++; })
                .on('pfAjaxComplete.dnGuard', function () { dnGuard.completed++; });""";

    /**
     * Done: the request was sent and answered, nothing is queued, no animation runs, or a new page loaded.
     * PrimeFaces sends a request within the event that starts it, so with {@code arguments[0]} (a request is
     * optional) nothing sent and nothing queued once the action returned means there is nothing to wait for.
     */
    private static final String DONE = """
            if (document.readyState !== 'complete') return 'loading';
            if (!window.dnGuard) return 'done';
            if (dnGuard.sent === 0 && arguments[0] && jQuery.active === 0 && PrimeFaces.ajax.Queue.isEmpty()) return 'done';
            if (dnGuard.sent === 0) return 'not sent';
            if (dnGuard.completed < dnGuard.sent || jQuery.active > 0 || !PrimeFaces.ajax.Queue.isEmpty()
                    || PrimeFaces.animationActive) return 'busy';
            return 'done';""";

    private PrimeFacesAjax() {
    }

    /**
     * Runs {@code action} (a click, a change) and returns once the PrimeFaces ajax request it started has been
     * answered and its updates applied. Fails if no request was sent: the action did not reach the page.
     */
    public static void guardAjax(WebDriver driver, Runnable action) {
        guard(driver, action, false);
    }

    /**
     * Runs {@code action} and, if it started a PrimeFaces ajax request (a p:ajax on a menu's change, say,
     * which the widget may render as the select's onchange), returns once that request has been answered.
     */
    public static void guardAjaxIfSent(WebDriver driver, Runnable action) {
        guard(driver, action, true);
    }

    private static void guard(WebDriver driver, Runnable action, boolean optional) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(WATCH);
        action.run();
        String[] state = {"not sent"};
        try {
            new WebDriverWait(driver, TIMEOUT).until(d -> "done".equals(state[0] = String.valueOf(script.executeScript(DONE, optional))));
        } catch (TimeoutException e) {
            throw new AssertionError("after " + TIMEOUT.toSeconds() + " s the ajax request is " + state[0], e);
        }
    }

    /**
     * Turns PrimeFaces' overlay and jQuery animations off on the current page, so a panel is open or closed
     * at once and a click never lands on something still moving (what the library does before each test).
     */
    public static void disableAnimations(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("if (window.PrimeFaces) { PrimeFaces.utils.disableAnimations(); }");
    }
}
