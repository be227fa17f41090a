package vn.dannguyen.petition.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import vn.dannguyen.attachment.PendingUploads;
import vn.dannguyen.attachment.Upload;
import vn.dannguyen.attachment.UploadCheck;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.ImportProblem;
import vn.dannguyen.petition.PetitionImport;
import vn.dannguyen.petition.SheetRow;
import vn.dannguyen.petition.excel.PetitionSheetReader;
import vn.dannguyen.petition.excel.WorkbookTooLargeException;

/**
 * /petition/import: upload a compiled petition sheet; it is checked row by row and imported whole, or
 * not at all, while a progress bar shows how far it got.
 */
@Named
@ViewScoped
public class PetitionImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PetitionImport petitionImport;

    @Inject
    MeetingService meetings;

    @Inject
    ActiveUser activeUser;

    @Inject
    PendingUploads pendingUploads;

    private List<MeetingCycle> cycles;
    private Long cycleId;
    private String fileName;
    private List<ImportProblem> problems = List.of();
    private Integer imported;
    private int total;
    private transient AtomicInteger progress;
    private transient Future<PetitionImport.Outcome> running;

    @PostConstruct
    void init() {
        cycles = meetings.cycles();
    }

    /**
     * Reads the uploaded sheet and starts the import on the server. The sheet is read from a file (it waits in
     * the pending folder while it is read), never whole in memory.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        problems = List.of();
        imported = null;
        fileName = UploadCheck.safeName(file.getFileName());
        List<ImportProblem> found = new ArrayList<>();
        List<SheetRow> rows;
        Upload sheet = pendingUploads.keep(file);
        try {
            if (!UploadCheck.isSpreadsheet(sheet)) {
                Messages.addGlobalError("petition.import.error.notExcel", fileName);
                return;
            }
            rows = PetitionSheetReader.read(Path.of(sheet.file()), found);
        } catch (WorkbookTooLargeException tooLarge) {
            Messages.addGlobalError("petition.import.error.tooLarge", fileName);
            return;
        } catch (IOException | EmptyFileException | UnsupportedFileFormatException e) {
            Messages.addGlobalError("petition.import.error.notExcel", fileName);
            return;
        } finally {
            pendingUploads.discard(sheet);
        }
        if (!found.isEmpty()) {
            problems = found;
            Messages.addGlobalError("petition.import.failed", found.size());
            return;
        }
        total = rows.size() * 2;
        progress = new AtomicInteger();
        running = petitionImport.importSheet(rows, activeUser.getCommuneId(), activeUser.getUsername(), cycleId, progress);
    }

    /** Percent done, for the progress bar; collects the outcome once the import has finished. */
    public int getPercent() {
        if (running == null) {
            // Nothing running: either nothing was uploaded yet, or the upload ended (done or refused).
            return fileName != null ? 100 : 0;
        }
        if (running.isDone()) {
            finish();
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, progress.get() * 100 / total);
    }

    public boolean isRunning() {
        return running != null && !running.isDone();
    }

    private void finish() {
        try {
            PetitionImport.Outcome outcome = running.get();
            problems = outcome.problems();
            if (problems.isEmpty()) {
                imported = outcome.imported();
                Messages.addGlobalInfo("petition.import.done", imported, fileName);
            } else {
                Messages.addGlobalError("petition.import.failed", problems.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Messages.addGlobalError("petition.import.error.unexpected");
        } finally {
            running = null;
        }
    }

    public List<MeetingCycle> getCycles() { return cycles; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public String getFileName() { return fileName; }
    public List<ImportProblem> getProblems() { return problems; }
    public Integer getImported() { return imported; }
}
