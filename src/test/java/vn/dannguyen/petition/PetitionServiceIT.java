package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.attachment.AttachmentService;
import vn.dannguyen.attachment.StoredFile;
import vn.dannguyen.attachment.TestUploads;
import vn.dannguyen.audit.AuditHistoryService;
import vn.dannguyen.audit.TimelineEntry;
import vn.dannguyen.meeting.CycleKind;
import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.meeting.MeetingService;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Role;

/** Recording and reading petitions on the real server, MariaDB and Lucene index. */
@ExtendWith(ArquillianExtension.class)
class PetitionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers().addClasses(PetitionFixtures.class, BulkWriterProbe.class);
    }

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    PetitionImport petitionImport;

    @Inject
    MeetingService meetings;

    @Inject
    AttachmentService attachments;

    @Inject
    TestData testData;

    @Inject
    UserTransaction transaction;

    @Inject
    AuditHistoryService history;

    @Inject
    BulkWriterProbe bulkWriter;

    @Inject
    org.jboss.weld.context.bound.BoundSessionContext sessionContext;

    @Inject
    org.jboss.weld.context.bound.BoundRequestContext requestContext;

    private long commune;
    private long otherCommune;
    private long village;
    private long traffic;
    private String staff;
    private String leader;
    private String auditor;
    private String otherStaff;

    @RegisterExtension
    final CommuneFixture fixture = new CommuneFixture("Xã Kiểm Thử Kiến Nghị");

    @BeforeEach
    void makeTheOtherCommune() {
        commune = fixture.id();
        otherCommune = testData.commune("Xã Kiểm Thử Khác");
        village = fixture.village();
        traffic = testData.category("TRAFFIC");
        staff = fixture.staff();
        leader = fixture.leader();
        auditor = fixture.auditor();
        otherStaff = testData.user(otherCommune, false, Role.STAFF);
    }

    @AfterEach
    void removeTheOtherCommune() {
        testData.removeCommune(otherCommune);
    }

    @Test
    void aPetitionGetsATrackingCodeAndTheSameSubmissionTwiceRecordsItOnce() throws Exception {
        Petition first = PetitionFixtures.counter("Đường liên thôn Ngô Sơn ùn tắc giờ tan học", traffic, village);
        Petition recorded = as(staff, () -> petitions.record(first, null));
        assertTrue(recorded.getTrackingCode().matches("\\d{6}-\\d{6}-[A-Z0-9]{3}"), recorded.getTrackingCode());
        assertEquals(PetitionStatus.RECEIVED, recorded.getStatus());

        Petition resent = PetitionFixtures.counter("Đường liên thôn Ngô Sơn ùn tắc giờ tan học", traffic, village);
        resent.setSubmissionKey(first.getSubmissionKey());
        Petition again = as(staff, () -> petitions.record(resent, null));
        assertEquals(recorded.getId(), again.getId());
        assertEquals(1L, count("select count(*) from petition where commune_id = ?1", commune));
    }

    @Test
    void aSubmissionKeyOfAnotherCommuneIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
        Petition inOurCommune = PetitionFixtures.counter("Đèn đường thôn Ngô Sơn hỏng đã lâu", traffic, village);
        long recordedId = as(staff, () -> petitions.record(inOurCommune, null)).getId();

        // A form kept in a browser from the first commune's session, filled in with another commune's petition.
        Petition inOtherCommune = PetitionFixtures.counter("Cống thoát nước xã bên bị tắc", traffic, null);
        inOtherCommune.setSubmissionKey(inOurCommune.getSubmissionKey());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> as(otherStaff, () -> petitions.record(inOtherCommune, null)));
        assertInstanceOf(SubmissionKeyTakenException.class, refused);
        assertEquals("petition.error.submissionKeyTaken", refused.getMessageKey());
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", otherCommune), "nothing is written");
        assertEquals(0L, count("select count(*) from tracking_sequence where commune_id = ?1", otherCommune), "no number is used up");
        assertEquals(recordedId, ((Number) testData.single("select id from petition where submission_key = ?1",
                inOurCommune.getSubmissionKey())).longValue(), "the first commune's petition keeps its key");
        assertEquals("Đèn đường thôn Ngô Sơn hỏng đã lâu", testData.single("select content from petition where id = ?1", recordedId));

        // A province-wide leader may read the first commune's petition; it is still not the answer to a save in theirs.
        String provinceLeader = testData.user(otherCommune, true, Role.LEADER);
        assertInstanceOf(SubmissionKeyTakenException.class, assertThrows(BusinessException.class,
                () -> Callers.as(provinceLeader, () -> petitions.record(inOtherCommune, null), "LEADER")));
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", otherCommune));

        inOtherCommune.setSubmissionKey(SubmissionKeys.fresh());
        assertEquals(otherCommune, as(otherStaff, () -> petitions.record(inOtherCommune, null)).getCommuneId(),
                "with a key of its own the same form is recorded");
    }

    @Test
    void aKeyCommittedByAnotherSaveMeanwhileIsRefusedWithAReasonNotAsALostDatabase() throws Exception {
        String key = SubmissionKeys.fresh();
        Petition first = PetitionFixtures.counter("Xin sửa cầu tràn qua suối", traffic, village);
        first.setSubmissionKey(key);
        Petition second = PetitionFixtures.counter("Xin lắp biển báo khu vực trường học", traffic, null);
        second.setSubmissionKey(key);
        ClassLoader deployment = Thread.currentThread().getContextClassLoader();
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work);
            thread.setContextClassLoader(deployment);
            return thread;
        });
        transaction.begin();
        java.util.concurrent.Future<Throwable> secondSave;
        try {
            as(staff, () -> petitions.record(first, null)); // written under the key, not yet committed
            secondSave = other.submit(() -> {
                // Another clerk's request: its own session and request scopes, as a web request has.
                Map<String, Object> session = new java.util.HashMap<>();
                Map<String, Object> request = new java.util.HashMap<>();
                sessionContext.associate(session);
                sessionContext.activate();
                requestContext.associate(request);
                requestContext.activate();
                try {
                    as(otherStaff, () -> petitions.record(second, null));
                    return null;
                } catch (Throwable refused) {
                    return refused;
                } finally {
                    requestContext.deactivate();
                    requestContext.dissociate(request);
                    sessionContext.deactivate();
                    sessionContext.dissociate(session);
                }
            });
            // The second save has not seen the first (not committed) and now waits at the key's index entry: its
            // insert runs on and on (the application's account may list its own connections, not InnoDB's locks).
            long waitUntil = System.nanoTime() + 20_000_000_000L;
            while (count("select count(*) from information_schema.processlist where db = database()"
                    + " and info like 'insert into petition (%' and time_ms > 300") == 0) {
                assertFalse(secondSave.isDone(), () -> "the second save ended without waiting: " + result(secondSave));
                assertTrue(System.nanoTime() < waitUntil, "the second save waits for the first");
                Thread.sleep(50);
            }
        } catch (Throwable failed) {
            transaction.rollback();
            throw failed;
        }
        transaction.commit();
        Throwable refused = secondSave.get(30, java.util.concurrent.TimeUnit.SECONDS);
        other.shutdown();
        assertInstanceOf(BusinessException.class, refused, String.valueOf(refused));
        assertEquals("petition.error.savedConcurrently", ((BusinessException) refused).getMessageKey());
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", otherCommune), "nothing is written");

        // Saving again tells what happened: the key is the first commune's.
        assertInstanceOf(SubmissionKeyTakenException.class,
                assertThrows(BusinessException.class, () -> as(otherStaff, () -> petitions.record(second, null))));
    }

    @Test
    void trackingNumbersCountUpPerCommuneWithoutGaps() throws Exception {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Petition recorded = as(staff, () -> petitions.record(PetitionFixtures.counter("Kiến nghị số thứ tự", traffic, null), null));
            numbers.add(recorded.getTrackingCode().substring(7, 13));
        }
        assertEquals(Set.of("000001", "000002", "000003", "000004", "000005"), numbers);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
        Petition future = PetitionFixtures.counter("Ngày tiếp nhận ở tương lai", traffic, null);
        future.setReceivedOn(LocalDate.now(CommuneClock.ZONE).plusDays(2));
        assertEquals("petition.error.receivedInFuture",
                assertThrows(BusinessException.class, () -> as(staff, () -> petitions.record(future, null))).getMessage());

        Petition foreignVillage = PetitionFixtures.counter("Thôn của xã khác", traffic, testData.village(otherCommune, "Thôn Lạ"));
        assertEquals("petition.error.villageUnknown",
                assertThrows(BusinessException.class, () -> as(staff, () -> petitions.record(foreignVillage, null))).getMessage());

        Petition nameless = PetitionFixtures.counter("Không tên, không ẩn danh", traffic, null);
        nameless.setPetitionerName(null);
        assertEquals("petition.error.petitionerOrAnonymous",
                assertThrows(BusinessException.class, () -> as(staff, () -> petitions.record(nameless, null))).getMessage());
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", commune));
    }

    @Test
    void anonymityDropsThePetitionerAndADenouncerIsKnownOnlyToLeaders() throws Exception {
        Petition anonymous = PetitionFixtures.counter("Phản ánh ẩn danh về khai thác đá trái phép", traffic, null);
        anonymous.setAnonymous(true);
        long anonymousId = as(staff, () -> petitions.record(anonymous, null)).getId();
        assertNull(testData.single("select petitioner_name from petition where id = ?1", anonymousId));

        Petition denunciation = PetitionFixtures.counter("Tố cáo cán bộ thu tiền trái quy định", traffic, null);
        denunciation.setKind(PetitionKind.DENUNCIATION);
        long denunciationId = as(staff, () -> petitions.record(denunciation, null)).getId();
        assertNull(as(staff, () -> petitionQueries.row(denunciationId)).petitioner(), "staff do not see a denouncer");
        assertNull(as(auditor, () -> petitionQueries.row(denunciationId)).petitioner(), "auditors do not see a denouncer");
        assertEquals("Nguyễn Văn Dân", as(leader, () -> petitionQueries.row(denunciationId)).petitioner());
    }

    @Test
    void anotherCommuneSeesNothingAndAuditorsCannotRecord() throws Exception {
        long id = as(staff, () -> petitions.record(PetitionFixtures.counter("Chỉ xã mình được xem", traffic, null), null)).getId();
        assertThrows(BusinessException.class, () -> as(otherStaff, () -> petitionQueries.get(id)));
        PetitionPage seenByOther = as(otherStaff, () -> {
            PetitionFilter filter = new PetitionFilter();
            filter.setCommuneId(commune);
            return petitionQueries.list(filter, PetitionSort.NEWEST_FIRST, null, 20);
        });
        assertTrue(seenByOther.rows().isEmpty(), "a commune filter cannot reach another commune");
        assertThrows(EJBAccessException.class, () -> as(auditor,
                () -> petitions.record(PetitionFixtures.counter("Thanh tra không ghi", traffic, null), null)));
    }

    @Test
    void keysetPagesCoverEveryRowOnceInOrder() throws Exception {
        LocalDate start = LocalDate.now(CommuneClock.ZONE).minusDays(30);
        for (int i = 0; i < 45; i++) {
            Petition petition = PetitionFixtures.counter("Kiến nghị phân trang " + i, traffic, null);
            petition.setReceivedOn(start.plusDays(i % 7));
            as(staff, () -> petitions.record(petition, null));
        }
        List<PetitionRow> seen = new ArrayList<>();
        PetitionPage.Cursor after = null;
        List<Integer> pageSizes = new ArrayList<>();
        PetitionPage page;
        do {
            PetitionPage.Cursor from = after;
            page = as(staff, () -> petitionQueries.list(new PetitionFilter(), PetitionSort.NEWEST_FIRST, from, 20));
            pageSizes.add(page.rows().size());
            seen.addAll(page.rows());
            after = page.last();
        } while (page.hasMore());
        assertEquals(List.of(20, 20, 5), pageSizes);
        assertEquals(45, seen.stream().map(PetitionRow::id).distinct().count());
        for (int i = 1; i < seen.size(); i++) {
            PetitionRow before = seen.get(i - 1);
            PetitionRow row = seen.get(i);
            assertTrue(before.receivedOn().isAfter(row.receivedOn())
                    || before.receivedOn().equals(row.receivedOn()) && before.id() > row.id(), "newest first, then by id");
        }
    }

    @Test
    void theOverdueFilterFindsPetitionsPastTheirLegalDeadline() throws Exception {
        Petition old = PetitionFixtures.counter("Đèn đường hỏng từ lâu chưa sửa", traffic, null);
        old.setReceivedOn(LocalDate.now(CommuneClock.ZONE).minusDays(40));
        long oldId = as(staff, () -> petitions.record(old, null)).getId();
        as(staff, () -> petitions.record(PetitionFixtures.counter("Đèn đường mới hỏng hôm nay", traffic, null), null));

        PetitionFilter overdue = new PetitionFilter();
        overdue.setOverdue(true);
        assertEquals(List.of(oldId), as(staff, () -> petitionQueries.list(overdue, PetitionSort.NEWEST_FIRST, null, 20))
                .rows().stream().map(PetitionRow::id).toList());
        overdue.setText("den duong");
        assertEquals(List.of(oldId), as(staff, () -> petitionQueries.search(overdue, 0, 20)).rows().stream().map(PetitionRow::id).toList(),
                "the search index knows the deadline too");
    }

    @Test
    void aWishRaisedAgainIsLinkedToItsFirstRaisingAndCounted() throws Exception {
        MeetingCycle spring = cycle("Tiếp xúc cử tri trước kỳ họp thứ 3");
        MeetingCycle autumn = cycle("Tiếp xúc cử tri trước kỳ họp thứ 4");
        Meeting springMeeting = meeting(spring);
        Meeting autumnMeeting = meeting(autumn);
        Petition first = PetitionFixtures.atMeeting("Đề nghị nạo vét lòng sông Cầu đoạn qua thôn Ngô Sơn", traffic, springMeeting.getId());
        long firstId = as(staff, () -> petitions.record(first, null)).getId();

        List<PetitionRow> suggested = as(staff, () -> petitionQueries.similar("nao vet long song Cau qua thon Ngo Son", autumn.getId(), 5));
        assertEquals(List.of(firstId), suggested.stream().map(PetitionRow::id).toList());
        assertTrue(as(staff, () -> petitionQueries.similar("nao vet long song Cau qua thon Ngo Son", spring.getId(), 5)).isEmpty(),
                "petitions of the current cycle are not offered");

        Petition second = PetitionFixtures.atMeeting("Nạo vét lòng sông Cầu, cử tri nêu lại", traffic, autumnMeeting.getId());
        long secondId = as(staff, () -> petitions.record(second, firstId)).getId();
        Petition third = PetitionFixtures.counter("Lại nêu việc nạo vét sông Cầu", traffic, null);
        long thirdId = as(staff, () -> petitions.record(third, secondId)).getId();

        assertEquals(3, as(staff, () -> petitionQueries.row(firstId)).timesRaised());
        assertEquals(firstId, as(staff, () -> petitionQueries.row(thirdId)).recurrenceOfId(), "links go to the first raising");
        assertEquals(1, as(staff, () -> petitionQueries.ofMeeting(autumnMeeting.getId())).size());
    }

    @Test
    void aSheetWithOneBadRowImportsNothingAndSaysWhichRow() throws Exception {
        LocalDate day = LocalDate.now(CommuneClock.ZONE).minusDays(3);
        List<SheetRow> rows = List.of(
                new SheetRow(2, day, "Tại quầy", "Kiến nghị cử tri", "Sửa cầu tràn thôn Ngô Sơn", "Giao thông", "Ngo Son",
                        "Cấp xã", "Lê Văn Ba", "0912 345 678", null, null, "Không"),
                new SheetRow(3, day, "Tai quay", null, "Lắp đèn đường", "Không có lĩnh vực này", null, null, null, null, null, null, null),
                new SheetRow(4, day, "Điện thoại", "Phản ánh, kiến nghị", "Rác thải ven đường", "moi truong, tai nguyen", null,
                        null, null, null, null, "Tiếng Sán Dìu", "Có"));
        PetitionImport.Outcome refused = as(staff, () -> petitionImport.importNow(rows, commune, staff, null, new AtomicInteger()));
        assertEquals(0, refused.imported());
        assertEquals(List.of(new ImportProblem(3, "petition.import.error.category", "Không có lĩnh vực này")), refused.problems());
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", commune));

        List<SheetRow> fixed = List.of(rows.get(0), rows.get(2));
        PetitionImport.Outcome done = as(staff, () -> petitionImport.importNow(fixed, commune, staff, null, new AtomicInteger()));
        assertEquals(2, done.imported());
        assertEquals(List.of(), done.problems());
        assertEquals(1L, count("select count(*) from petition where commune_id = ?1 and village_id = ?2 and anonymous = 0", commune, village));
        assertEquals(1L, count("select count(*) from petition where commune_id = ?1 and interpreter_used = 1"
                + " and language = 'Tiếng Sán Dìu'", commune));
        assertThrows(EJBAccessException.class, () -> as(otherStaff,
                () -> petitionImport.importNow(fixed, commune, otherStaff, null, new AtomicInteger())), "not into another commune");
    }

    @Test
    void anImportRolledBackAfterItsWriteLeavesNothingInTheDatabaseOrTheIndex() throws Exception {
        LocalDate day = LocalDate.now(CommuneClock.ZONE).minusDays(1);
        List<SheetRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < PetitionBulkWriter.BATCH + 3; i++) {
            rows.add(new SheetRow(i + 2, day, "Tại quầy", null, "Khơi thông cống ngầm số " + i + " xóm Bãi Sậy", "Giao thông",
                    null, null, null, null, null, null, null));
        }
        long revisionsBefore = count("select count(*) from audit_revision where username = ?1", staff);
        List<?> trackingBefore = testData.list("select concat(year, ':', last_value) from tracking_sequence where commune_id = ?1", commune);
        // The import is written, then the transaction it joined rolls back (as when the commit fails).
        transaction.begin();
        try {
            PetitionImport.Outcome done = as(staff, () -> petitionImport.importNow(rows, commune, staff, null, new AtomicInteger()));
            assertEquals(rows.size(), done.imported());
            assertEquals((long) rows.size(), count("select count(*) from petition where commune_id = ?1", commune), "written");
            assertEquals(0L, testData.indexedPetitions(commune), "nothing reaches the index before the commit");
        } finally {
            transaction.rollback();
        }
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", commune));
        assertEquals(0L, count("select count(*) from petition_aud where content like 'Khơi thông cống ngầm%'"));
        assertEquals(revisionsBefore, count("select count(*) from audit_revision where username = ?1", staff));
        assertEquals(trackingBefore.toString(), testData.list("select concat(year, ':', last_value) from tracking_sequence where commune_id = ?1",
                commune).toString(), "no tracking number used up");
        assertEquals(0L, testData.indexedPetitions(commune));
    }

    @Test
    void anImportedPetitionHasItsHistoryUnderTheImportersNameAndIsFoundBySearch() throws Exception {
        LocalDate day = LocalDate.now(CommuneClock.ZONE).minusDays(1);
        List<SheetRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < PetitionBulkWriter.BATCH + 3; i++) { // more than one batch
            rows.add(new SheetRow(i + 2, day, "Tại quầy", null, "Nạo vét kênh tiêu số " + i + " xứ Đồng Bưởi", "Giao thông",
                    "Ngô Sơn", null, i % 2 == 0 ? "Hoàng Thị Mai" : null, null, null, null, null));
        }
        Instant before = Instant.now().minusSeconds(1);
        PetitionImport.Outcome done = as(staff, () -> petitionImport.importNow(rows, commune, staff, null, new AtomicInteger()));
        assertEquals(rows.size(), done.imported());
        assertEquals((long) rows.size(), count("select count(*) from petition where commune_id = ?1 and village_id = ?2"
                + " and status = 'RECEIVED' and version = 0 and deadline_on is not null", commune, village));

        long id = count("select id from petition where commune_id = ?1 and content = 'Nạo vét kênh tiêu số 7 xứ Đồng Bưởi'", commune);
        PetitionRow row = as(staff, () -> petitionQueries.row(id));
        assertTrue(row.trackingCode().matches("\\d{6}-\\d{6}-[A-Z0-9]{3}"), row.trackingCode());
        assertEquals((long) rows.size(), count("select count(distinct tracking_code) from petition where commune_id = ?1", commune));

        // The history: one revision, by the importer, naming the petition records it added.
        assertEquals(1L, count("select count(distinct a.rev) from petition_aud a join petition p on p.id = a.id"
                + " where p.commune_id = ?1 and a.revtype = 0", commune));
        List<TimelineEntry> timeline = as(auditor, () -> history.timeline(id));
        assertEquals(1, timeline.size(), timeline.toString());
        TimelineEntry added = timeline.get(0);
        assertEquals(staff, added.username());
        assertEquals("ADD", added.action());
        assertTrue(added.at().isAfter(before), added.at().toString());
        assertTrue(added.changes().stream().anyMatch(c -> c.field().equals("content")
                && "Nạo vét kênh tiêu số 7 xứ Đồng Bưởi".equals(c.after())), added.changes().toString());
        assertEquals(1L, count("select count(*) from audit_revision_entity where revision_id = ?1 and entity_name = ?2",
                added.revision(), Petition.class.getName()));
        assertEquals(1L, count("select count(*) from petition where id = ?1 and created_at = updated_at"
                + " and created_at between utc_timestamp(3) - interval 1 minute and utc_timestamp(3)", id), "stored in UTC, as Hibernate does");

        // The index: found by words of its text, without accents; and every imported petition is in it.
        PetitionFilter filter = new PetitionFilter();
        filter.setText("kenh tieu so 7 dong buoi");
        assertEquals(id, as(staff, () -> petitionQueries.search(filter, 0, 20)).rows().get(0).id());
        filter.setText("Đồng Bưởi");
        int found = 0;
        for (PetitionPage page = null; page == null || page.hasMore(); found += page.rows().size()) {
            int offset = found;
            page = as(staff, () -> petitionQueries.search(filter, offset, 100));
        }
        assertEquals(rows.size(), found);

        // Column by column, an imported petition and its history row are what recording the same one writes.
        Petition same = new Petition();
        same.setChannel(Channel.COUNTER);
        same.setContent("Nạo vét kênh tiêu số 0 xứ Đồng Bưởi");
        same.setCategoryId(traffic);
        same.setVillageId(village);
        same.setReceivedOn(day);
        same.setPetitionerName("Hoàng Thị Mai");
        same.setSubmissionKey(UUID.randomUUID().toString());
        long recordedId = as(staff, () -> petitions.record(same, null)).getId();
        long importedId = count("select id from petition where commune_id = ?1 and content = ?2 and id <> ?3", commune,
                same.getContent(), recordedId);
        Set<String> differ = Set.of("id", "tracking_code", "submission_key", "created_at", "updated_at", "rev");
        assertSameColumns("petition", importedId, recordedId, differ);
        assertSameColumns("petition_aud", importedId, recordedId, differ);
    }

    @Test
    void theBulkWriterGivesEachPetitionItsOwnIdWhicheverWayItReadsThem() throws Exception {
        // MariaDB's default lock mode (1) gives a multi-row insert one block of ids: the driver's keys are used.
        assertEquals("GENERATED_KEYS", bulkWriter.serversWay());
        for (boolean byTrackingCode : new boolean[] {false, true}) {
            List<Petition> batch = new ArrayList<>();
            for (int i = 0; i < PetitionBulkWriter.BATCH + 3; i++) { // more than one batch
                Petition petition = PetitionFixtures.counter("Sửa cống thoát nước số " + i + (byTrackingCode ? " (mã)" : " (khóa)"),
                        traffic, village);
                petition.setCommuneId(commune);
                petition.setCreatedBy(staff);
                petition.setTrackingCode(TrackingCodeFormat.format(commune, petition.getReceivedOn(), (byTrackingCode ? 900_000 : 800_000) + i));
                batch.add(petition);
            }
            // A petition recorded before each write: the two writes' ids are not one run.
            as(staff, () -> petitions.record(PetitionFixtures.counter("Đèn đường thôn Ngô Sơn hỏng", traffic, village), null));
            Map<Long, String> written = as(staff, () -> bulkWriter.write(batch, byTrackingCode));
            assertEquals(batch.size(), written.size(), "an id for each petition");
            for (Petition petition : batch) {
                assertEquals(petition.getContent(), testData.single("select content from petition where id = ?1 and tracking_code = ?2",
                        petition.getId(), petition.getTrackingCode()), "by tracking code: " + byTrackingCode);
                assertEquals(petition.getContent(), testData.single("select content from petition_aud where id = ?1 and revtype = 0",
                        petition.getId()), "history row of " + petition.getTrackingCode());
            }
        }
    }

    private void assertSameColumns(String table, long imported, long recorded, Set<String> differ) {
        List<?> names = testData.list("select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = ?1 order by ordinal_position", table);
        Object[] a = (Object[]) testData.single("select * from " + table + " where id = ?1", imported);
        Object[] b = (Object[]) testData.single("select * from " + table + " where id = ?1", recorded);
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).toString().toLowerCase();
            if (!differ.contains(column)) {
                assertEquals(b[i], a[i], table + "." + column);
            }
        }
    }

    @Test
    void theBulkWriterWritesEveryColumnOfThePetitionTables() {
        // A migration that adds a column to petition must add it to PetitionBulkWriter too, or imports would lose it.
        Set<String> written = new HashSet<>(PetitionBulkWriter.AUDITED_COLUMNS.keySet());
        assertEquals(columns("petition"), union(written, Set.of("id", "version")));
        assertEquals(columns("petition_aud"), union(written, Set.of("id", "rev", "revtype")));
    }

    private Set<String> columns(String table) {
        return testData.list("select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = ?1", table).stream().map(c -> c.toString().toLowerCase()).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void attachmentsAreKeptWithThePetitionAndABadOneRecordsNothing() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long filesBefore = count("select count(*) from stored_file");

        Petition refused = PetitionFixtures.counter("Đơn kèm tệp giả mạo", traffic, null);
        BusinessException problem = assertThrows(BusinessException.class, () -> as(staff, () -> petitions.record(refused, null,
                List.of(TestUploads.of("don.pdf", pdf), TestUploads.of("bien-ban.pdf", html)))));
        assertEquals("attachment.error.type", problem.getMessage());
        assertEquals(0L, count("select count(*) from petition where commune_id = ?1", commune), "nothing half-recorded");
        assertEquals(filesBefore, count("select count(*) from stored_file"));

        Petition accepted = PetitionFixtures.counter("Đơn kèm bản scan", traffic, null);
        long id = as(staff, () -> petitions.record(accepted, null, List.of(TestUploads.of("../../Đơn kiến nghị.pdf", pdf)))).getId();
        List<StoredFile> files = as(staff, () -> attachments.ofPetition(id));
        assertEquals(1, files.size());
        assertEquals("Đơn kiến nghị.pdf", files.get(0).getFileName());
        assertEquals("application/pdf", files.get(0).getContentType());
        byte[] stored = as(staff, () -> {
            try (java.io.InputStream in = attachments.open(attachments.findToRead(files.get(0).getId()))) {
                return in.readAllBytes();
            }
        });
        assertTrue(java.util.Arrays.equals(pdf, stored), "the bytes come back as uploaded");
        assertThrows(BusinessException.class, () -> as(otherStaff, () -> attachments.findToRead(files.get(0).getId())));
    }

    private MeetingCycle cycle(String title) throws Exception {
        MeetingCycle cycle = new MeetingCycle();
        cycle.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 4));
        cycle.setKind(CycleKind.BEFORE_SESSION);
        cycle.setStartsOn(LocalDate.now(CommuneClock.ZONE).minusDays(60));
        return as(staff, () -> meetings.saveCycle(cycle));
    }

    private Meeting meeting(MeetingCycle cycle) throws Exception {
        Meeting meeting = new Meeting();
        meeting.setHeldAt(LocalDate.now(CommuneClock.ZONE).minusDays(10).atTime(8, 0));
        meeting.setPlace("Nhà văn hóa thôn Ngô Sơn");
        meeting.setVotersAttending(85);
        return as(staff, () -> meetings.save(meeting, cycle.getId(), Set.of(village)));
    }

    private static Object result(java.util.concurrent.Future<?> done) {
        try {
            return done.get();
        } catch (Exception e) {
            return e;
        }
    }

    private long count(String sql, Object... params) {
        return ((Number) testData.single(sql, params)).longValue();
    }

    private <T> T as(String user, java.util.concurrent.Callable<T> work) throws Exception {
        String[] roles = user.equals(staff) || user.equals(otherStaff) ? new String[] {"STAFF"}
                : user.equals(leader) ? new String[] {"LEADER"} : new String[] {"AUDITOR"};
        return Callers.as(user, work, roles);
    }
}
