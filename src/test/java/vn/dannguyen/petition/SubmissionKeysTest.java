package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which key a save goes under when the browser sends back a key from a draft it kept. */
class SubmissionKeysTest {

    private static final String ISSUED = "0b6f3c1e-8a9d-4c3b-9f1e-2d7a5b6c8e90";
    private static final String DRAFT = "5d2c7e10-3f4a-4b8c-a1d2-e3f405162738";

    private final Petition recorded = petition("Sạt lở taluy dương ở đồi Mả Ngô", 3L);
    private final Map<String, Petition> byKey = Map.of(DRAFT, recorded);

    @Test
    void aWriteRefusedForTheSubmissionKeyIsToldApartFromOtherFailures() {
        java.sql.SQLException duplicate = new java.sql.SQLIntegrityConstraintViolationException(
                "Duplicate entry '" + DRAFT + "' for key 'uk_petition_submission_key'", "23000", 1062);
        assertTrue(SubmissionKeys.isDuplicateKey(new jakarta.persistence.PersistenceException(
                new org.hibernate.exception.ConstraintViolationException("insert", duplicate, "uk_petition_submission_key"))));
        assertTrue(SubmissionKeys.isDuplicateKey(new org.hibernate.exception.ConstraintViolationException("insert", duplicate, null)),
                "read from the driver's text when the dialect gave no name");
        assertFalse(SubmissionKeys.isDuplicateKey(new org.hibernate.exception.ConstraintViolationException("insert",
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry for key 'uk_petition_tracking_code'"),
                "uk_petition_tracking_code")), "another constraint is another fault");
        assertFalse(SubmissionKeys.isDuplicateKey(new jakarta.persistence.PersistenceException(new java.sql.SQLException("Connection reset"))));
    }

    @Test
    void theViewsOwnKeyIsKept() {
        assertEquals(new SubmissionKeys.Resolved(ISSUED, false), resolve(ISSUED, petition("Nạo vét sông Cầu", 3L)));
    }

    @Test
    void aMalformedKeyIsReplaced() {
        assertEquals(new SubmissionKeys.Resolved(ISSUED, false), resolve("' or 1=1 --", petition("Nạo vét sông Cầu", 3L)));
        assertEquals(new SubmissionKeys.Resolved(ISSUED, false), resolve(null, petition("Nạo vét sông Cầu", 3L)));
    }

    @Test
    void aDraftNeverSavedKeepsItsKey() {
        assertEquals(new SubmissionKeys.Resolved("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", false),
                resolve("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", petition("Nạo vét sông Cầu", 3L)));
    }

    @Test
    void theSamePetitionUnderASavedKeyWasSavedBefore() {
        assertEquals(new SubmissionKeys.Resolved(DRAFT, true), resolve(DRAFT, petition("  Sạt lở taluy dương  ở đồi Mả Ngô ", 3L)));
    }

    @Test
    void anotherPetitionTypedIntoARestoredFormIsRecordedAsNew() {
        assertEquals(new SubmissionKeys.Resolved(ISSUED, false), resolve(DRAFT, petition("Đèn đường hỏng ở thôn Bến", 3L)));
        assertEquals(new SubmissionKeys.Resolved(ISSUED, false), resolve(DRAFT, petition("Sạt lở taluy dương ở đồi Mả Ngô", 4L)));
    }

    private SubmissionKeys.Resolved resolve(String posted, Petition typed) {
        return SubmissionKeys.resolve(ISSUED, posted, typed, key -> Optional.ofNullable(byKey.get(key)));
    }

    private static Petition petition(String content, Long category) {
        Petition petition = new Petition();
        petition.setContent(content);
        petition.setCategoryId(category);
        return petition;
    }
}
