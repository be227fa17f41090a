package vn.dannguyen.task;

import java.time.LocalDate;
import java.util.List;

import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.PetitionRow;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.task.TaskProgressService.NoteWithEvidence;

/**
 * Everything the petition page shows, read in one transaction ({@link PetitionCases}): the petition as the reader
 * may see it, where its work stands, its history, files, letters to the province, progress and roadmap.
 *
 * @param petitionerKnown whether the reader may know who raised it: the files' names and links are shown only then
 * @param contact how to reach the voter, for a reader who may know them, of a petition that is neither anonymous
 *                nor a denunciation; else null
 * @param files the petition's own files (a progress note's evidence is with its note)
 */
public record PetitionCase(PetitionRow petition, boolean petitionerKnown, Contact contact, TaskRow task, Answer answer,
                           List<PetitionTransition> history, List<StoredFile> files, List<Forwarding> forwardings,
                           List<NoteWithEvidence> notes, List<RoadmapStep> roadmap) {

    /** How the officer calls or writes back to the voter (the privacy rule decides who sees it). */
    public record Contact(String phone, String address, String email) {
    }

    /** The answer given to the voter (kept after a reopening, as the earlier answer on record). */
    public record Answer(String text, AnswerResult result, LocalDate expectedOn) {
    }

    /** The latest forwarding letter, or null if the petition was never forwarded. */
    public Forwarding lastForwarding() {
        return forwardings.isEmpty() ? null : forwardings.get(forwardings.size() - 1);
    }

    /** Forwarded and the province has not replied yet: the voter cannot be answered (Petition#answer). */
    public boolean awaitingProvince() {
        return task.status() == PetitionStatus.FORWARDED && forwardings.stream().anyMatch(Forwarding::isWaiting);
    }
}
