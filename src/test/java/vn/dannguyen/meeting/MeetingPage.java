package vn.dannguyen.meeting;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.PrimeFacesAjax;
import vn.dannguyen.browser.SelectOneMenu;

/**
 * /meeting/list and /meeting/edit: a cycle of voter meetings, a meeting of it, and the petitions its
 * voters raised, typed row after row from the keyboard.
 */
public final class MeetingPage {

    private static final By ROWS = By.cssSelector("#petitions tbody tr[data-ri]");

    private final Browser browser;

    private MeetingPage(Browser browser) {
        this.browser = browser;
    }

    /** On the list: adds a cycle of meetings (for a session of the council) and returns to the list. */
    public static void addCycle(Browser browser, String base, String title, int councilSession) {
        browser.open(base + "meeting/list");
        PrimeFacesAjax.disableAnimations(browser.driver());
        browser.visible(By.id("list:add")).click();
        browser.type(By.id("edit:name"), title);
        browser.type(By.id("edit:session_input"), String.valueOf(councilSession));
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("edit:save")).click());
        browser.waitUntilGone(By.id("editDialog"));
    }

    public static String cycles(Browser browser) {
        return browser.driver().findElement(By.id("list:cycles")).getText();
    }

    /** A new meeting of the cycle; once saved, the page waits in the petition entry's text box. */
    public static MeetingPage newMeeting(Browser browser, String base, String cycleTitle, String place, int voters,
            String deputies, String interpreter) {
        browser.open(base + "meeting/list");
        browser.visible(By.id("list:newMeeting")).click();
        browser.visible(By.id("meeting:place"));
        PrimeFacesAjax.disableAnimations(browser.driver());
        new SelectOneMenu(browser.driver(), "meeting:cycle").select(cycleTitle);
        browser.type(By.id("meeting:place"), place);
        browser.type(By.id("meeting:voters_input"), String.valueOf(voters));
        browser.type(By.id("meeting:deputies"), deputies);
        browser.type(By.id("meeting:interpreter"), interpreter);
        browser.screenshot("meeting-new");
        browser.driver().findElement(By.id("meeting:save")).click();
        browser.visible(By.id("entry:content"));
        return new MeetingPage(browser);
    }

    /** Types the text where the cursor is, Tab to the category, picks it by its first letter, Ctrl+Enter. */
    public MeetingPage enterPetition(String text, String categoryInitial) {
        int before = petitionRows();
        WebElement content = browser.driver().switchTo().activeElement();
        if (!"entry:content".equals(content.getAttribute("id"))) {
            throw new AssertionError("the cursor waits in the text box, not in " + content.getAttribute("id"));
        }
        content.sendKeys(text);
        content.sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(categoryInitial);
        PrimeFacesAjax.guardAjax(browser.driver(),
                () -> browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER)));
        // The saved row is shown and the cursor is put back in the text box for the next one.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> petitionRows() == before + 1
                && "entry:content".equals(d.switchTo().activeElement().getAttribute("id")));
        return this;
    }

    public int petitionRows() {
        return browser.driver().findElements(ROWS).size();
    }

    public String petitions() {
        return browser.driver().findElement(By.id("petitions")).getText();
    }

    /** Types into the entry's text box without saving. */
    public MeetingPage typeUnsaved(String text) {
        browser.driver().switchTo().activeElement().sendKeys(text);
        return this;
    }

    public MeetingPage reload() {
        browser.driver().navigate().refresh();
        browser.visible(By.id("entry:content"));
        return this;
    }

    public String entryText() {
        return browser.driver().findElement(By.id("entry:content")).getAttribute("value");
    }
}
