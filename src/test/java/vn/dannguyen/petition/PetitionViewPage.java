package vn.dannguyen.petition;

import java.nio.file.Path;
import java.time.LocalDate;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.DatePicker;
import vn.dannguyen.browser.PrimeFacesAjax;
import vn.dannguyen.browser.SelectOneMenu;

/**
 * /petition/view: one petition, what happened to it and the next steps the signed-in user may take
 * (named apart from the service's PetitionPage, a page of list results).
 */
public final class PetitionViewPage {

    private final Browser browser;

    private PetitionViewPage(Browser browser) {
        this.browser = browser;
    }

    public static PetitionViewPage open(Browser browser, String base, long petitionId) {
        browser.open(base + "petition/view?id=" + petitionId);
        browser.visible(By.id("overview"));
        PrimeFacesAjax.disableAnimations(browser.driver());
        return new PetitionViewPage(browser);
    }

    /** The page reached by a link (from the reminders, the lists). */
    public static PetitionViewPage at(Browser browser) {
        browser.visible(By.id("overview"));
        return new PetitionViewPage(browser);
    }

    public String status() {
        return text("status");
    }

    /** The facts, the content, the answer and the forwarding, as shown at the top. */
    public String overview() {
        return text("overview");
    }

    public String forwarding() {
        return text("forwarding");
    }

    /** The leader sends the petition to the province with the letter's number and date. */
    public PetitionViewPage forward(String agency, String letterNo, LocalDate letterOn) {
        browser.type(By.id("actions:agency"), agency);
        browser.type(By.id("actions:letterNo"), letterNo);
        new DatePicker(browser.driver(), "actions:letterOn").setValue(letterOn);
        press("actions:forward");
        return this;
    }

    /** The clerk records the province's answering letter. */
    public PetitionViewPage recordProvinceReply(String letterNo, LocalDate replyOn, String text) {
        browser.type(By.id("actions:replyLetterNo"), letterNo);
        new DatePicker(browser.driver(), "actions:replyOn").setValue(replyOn);
        browser.type(By.id("actions:replyText"), text);
        press("actions:recordReply");
        return this;
    }

    /** The answer the form proposes before the leader writes one. */
    public String draftAnswer() {
        return browser.visible(By.id("actions:answerText")).getAttribute("value");
    }

    /** The leader answers the voter with the draft as it stands, a result and (for work under way) a date. */
    public PetitionViewPage answer(String resultLabel, LocalDate expectedOn) {
        new SelectOneMenu(browser.driver(), "actions:result").select(resultLabel);
        if (expectedOn != null) {
            new DatePicker(browser.driver(), "actions:expectedOn").setValue(expectedOn);
        }
        press("actions:answer");
        return this;
    }

    public PetitionViewPage addRoadmapStep(LocalDate plannedOn, String description) {
        new DatePicker(browser.driver(), "progress:plannedOn").setValue(plannedOn);
        browser.type(By.id("progress:stepDescription"), description);
        press("progress:addStep");
        return this;
    }

    public String roadmap() {
        return text("progress:roadmap");
    }

    /** The officer records progress: what was done, how far, with one file of evidence. */
    public PetitionViewPage addProgressNote(String note, int percentDone, Path evidence) {
        browser.type(By.id("progress:note"), note);
        browser.type(By.id("progress:percentDone_input"), String.valueOf(percentDone));
        // The upload goes by its own request, not PrimeFaces' ajax queue: wait for the file's name in the list.
        browser.driver().findElement(By.cssSelector("#progress\\:evidence input[type=file]")).sendKeys(evidence.toAbsolutePath().toString());
        browser.waitForText(By.id("progress:evidenceFiles"), evidence.getFileName().toString());
        press("progress:addNote");
        return this;
    }

    public String progressNotes() {
        return text("progress:notes");
    }

    /** A leader's or officer's step that needs no form (start, resolve, close…), by its button's id. */
    public PetitionViewPage step(String buttonId) {
        press("actions:" + buttonId);
        return this;
    }

    /** Whether the page offers to write progress (notes with evidence, roadmap steps) right now, as drawn. */
    public boolean offersProgress() {
        return !browser.driver().findElements(By.id("progress:noteForm")).isEmpty()
                || !browser.driver().findElements(By.id("progress:addStep")).isEmpty();
    }

    public boolean offersReclassification() {
        return !browser.driver().findElements(By.id("reclassify:reclassifyPanel")).isEmpty();
    }

    /** Corrects the classification through the folded form. */
    public PetitionViewPage reclassify(String categoryLabel, String competenceLabel, String kindLabel, String reason) {
        browser.driver().findElement(By.cssSelector("#reclassify\\:reclassifyPanel legend")).click();
        browser.visible(By.id("reclassify:reclassifyReason"));
        new SelectOneMenu(browser.driver(), "reclassify:category").select(categoryLabel);
        new SelectOneMenu(browser.driver(), "reclassify:competence").select(competenceLabel);
        new SelectOneMenu(browser.driver(), "reclassify:kind").select(kindLabel);
        browser.type(By.id("reclassify:reclassifyReason"), reason);
        press("reclassify:reclassifyButton");
        return this;
    }

    /** The petition's history as the page shows it. */
    public String history() {
        return text("history");
    }

    /** The page's messages: empty when the last action went through. */
    public String messages() {
        return text("messages");
    }

    private void press(String buttonId) {
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id(buttonId)).click());
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
