package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.shared.Role;

/**
 * Accent-insensitive Vietnamese search against a fixed corpus: each query, typed as clerks type it
 * (often without diacritics), must find exactly the expected petitions, straight after they are saved.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionSearchIT {

    /** The corpus, numbered from 0. Real cases from the field (docs/domain.md). */
    static final List<String> CORPUS = List.of(
            "Đề nghị sửa chữa cầu Ngô Sơn bị xuống cấp, xe tải không qua được",                 // 0
            "Đường liên thôn Đồng Bèn thường xuyên ùn tắc vào giờ tan học",                      // 1
            "Nạo vét lòng sông Cầu đoạn qua thôn Lăng Khê để chống ngập úng",                     // 2
            "Sạt lở đất do khai thác đá trái phép tại thôn Khuân Ráng, đề nghị xử lý",           // 3
            "Đề nghị hòa giải tranh chấp đất đai giữa hai hộ ở thôn Cầu Chéo",                   // 4
            "Công trình cầu qua suối dừng thi công ba tháng vì chưa giải phóng mặt bằng",        // 5
            "Hỗ trợ xây mới nhà ở cho hộ nghèo đang ở nhà tạm dột nát",                           // 6
            "Cấp giấy phép khai thác rừng trồng cho các hộ dân nhanh hơn",                        // 7
            "Đèn chiếu sáng đường trục xã bị hỏng nhiều tháng chưa sửa",                          // 8
            "Trạm y tế xã thiếu thuốc điều trị bệnh mãn tính cho người cao tuổi",                // 9
            "Trường mầm non thôn Làng Ải cần thêm phòng học",                                     // 10
            "Rác thải sinh hoạt đổ ven đường Ngô Sơn gây ô nhiễm môi trường");                   // 11

    /** Query -> the corpus entries it must find, no more, no fewer. */
    static final Map<String, Set<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("cau ngo son", Set.of(0)),
            Map.entry("cầu Ngô Sơn", Set.of(0)),
            Map.entry("ngo son", Set.of(0, 11)),
            Map.entry("un tac", Set.of(1)),
            Map.entry("nao vet long song", Set.of(2)),
            Map.entry("sat lo dat khai thac da", Set.of(3)),
            Map.entry("khai thac", Set.of(3, 7)),
            Map.entry("tranh chap dat dai", Set.of(4)),
            Map.entry("\"nha tam dot nat\"", Set.of(6)),
            Map.entry("ho ngheo nha tam", Set.of(6)),
            Map.entry("DUONG", Set.of(1, 8, 11)),
            Map.entry("giai phong mat bang", Set.of(5)),
            Map.entry("thuoc nguoi cao tuoi", Set.of(9)),
            Map.entry("mam non", Set.of(10)),
            Map.entry("o nhiem moi truong", Set.of(11)),
            Map.entry("cau bi hong", Set.of()));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers().addClass(PetitionFixtures.class);
    }

    @Inject
    PetitionService petitions;

    @Inject
    PetitionQueries petitionQueries;

    @Inject
    TestData testData;

    @Inject
    SearchIndexCheck indexCheck;

    private long commune;
    private String staff;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void recordCorpus() throws Exception {
        commune = testData.commune("Xã Tìm Kiếm");
        staff = testData.user(commune, false, Role.STAFF);
        long category = testData.category("OTHER");
        for (String content : CORPUS) {
            ids.add(Callers.as(staff, () -> petitions.record(PetitionFixtures.counter(content, category, null), null).getId(), "STAFF"));
        }
    }

    @AfterEach
    void removeCommune() {
        testData.removeCommune(commune);
    }

    @Test
    void everyQueryFindsExactlyItsExpectedPetitions() throws Exception {
        Map<String, Set<Integer>> found = new java.util.TreeMap<>();
        for (String query : EXPECTED.keySet()) {
            PetitionFilter filter = new PetitionFilter();
            filter.setText(query);
            PetitionPage page = Callers.as(staff, () -> petitionQueries.search(filter, 0, 20), "STAFF");
            Set<Integer> hits = new TreeSet<>();
            for (PetitionRow row : page.rows()) {
                hits.add(ids.indexOf(row.id()));
            }
            found.put(query, hits);
        }
        Map<String, Set<Integer>> expected = new java.util.TreeMap<>();
        EXPECTED.forEach((query, hits) -> expected.put(query, new TreeSet<>(hits)));
        assertEquals(expected, found);
    }

    @Test
    void aSearchReadsInTheOrderTheClerkChose() throws Exception {
        // "duong" finds 1, 8 and 11, and one more that says it over and over, so it matches best: it is given the
        // oldest day. The others get days and raisings in different orders (through SQL; the start-up catch-up
        // then indexes the changed rows, as it would after an unclean stop).
        long category = testData.category("OTHER");
        long best = Callers.as(staff, () -> petitions.record(PetitionFixtures.counter(
                "Đường, đường và đường: đường làng, đường xã, đường ra đồng", category, null), null).getId(), "STAFF");
        Instant before = Instant.now().minusSeconds(5);
        Object[][] changes = {{ids.get(1), "2026-03-05", 1}, {ids.get(8), "2025-12-01", 2}, {ids.get(11), "2026-01-10", 5},
                {best, "2025-01-01", 1}};
        for (Object[] change : changes) {
            testData.execute("update petition set received_on = ?1, times_raised = ?2, updated_at = utc_timestamp(3) where id = ?3",
                    java.time.LocalDate.parse((String) change[1]), change[2], change[0]);
        }
        assertTrue(indexCheck.catchUp(before) >= 4);
        PetitionFilter filter = new PetitionFilter();
        filter.setText("duong");
        Map<PetitionSort, List<Long>> expected = Map.of(
                PetitionSort.NEWEST_FIRST, List.of(ids.get(1), ids.get(11), ids.get(8), best),
                PetitionSort.OLDEST_FIRST, List.of(best, ids.get(8), ids.get(11), ids.get(1)),
                // Raised once each, 1 and the best match tie: the later id first, as in the list.
                PetitionSort.MOST_RAISED, List.of(ids.get(11), ids.get(8), best, ids.get(1)));
        for (Map.Entry<PetitionSort, List<Long>> order : expected.entrySet()) {
            assertEquals(order.getValue(), Callers.as(staff, () -> petitionQueries.search(filter, order.getKey(), 0, 20), "STAFF").rows().stream()
                    .map(PetitionRow::id).toList(), order.getKey().name());
        }
        List<Long> bestFirst = Callers.as(staff, () -> petitionQueries.search(filter, PetitionSort.BEST_MATCH, 0, 20), "STAFF").rows().stream()
                .map(PetitionRow::id).toList();
        assertEquals(best, bestFirst.get(0), "the best match first, though the oldest");
        assertEquals(Set.copyOf(expected.get(PetitionSort.NEWEST_FIRST)), Set.copyOf(bestFirst));
    }

    @Test
    void aTrackingCodeFindsItsPetition() throws Exception {
        String code = (String) testData.single("select tracking_code from petition where id = ?1", ids.get(5));
        PetitionFilter filter = new PetitionFilter();
        filter.setText(code.toLowerCase());
        PetitionPage page = Callers.as(staff, () -> petitionQueries.search(filter, 0, 20), "STAFF");
        assertEquals(List.of(ids.get(5)), page.rows().stream().map(PetitionRow::id).toList());
    }

    @Test
    void searchAndFiltersCombine() throws Exception {
        PetitionFilter filter = new PetitionFilter();
        filter.setText("ngo son");
        filter.setStatus(PetitionStatus.CLOSED);
        assertEquals(new LinkedHashSet<>(), new LinkedHashSet<>(Callers.as(staff, () -> petitionQueries.search(filter, 0, 20), "STAFF").rows()));
    }

    @Test
    void aChangeWhoseIndexUpdateWasLostIsIndexedAgainByTheStartUpCatchUp() throws Exception {
        // As after an unclean stop: the change is in the database, the index never saw it (read-sync commits the
        // index files about once a second). SQL bypasses the index, so this makes exactly that state.
        Instant before = Instant.now().minusSeconds(5);
        testData.execute("update petition set content = ?1, updated_at = utc_timestamp(3) where id = ?2",
                "Giếng nước thôn Phú Xuân nhiễm phèn nặng", ids.get(7));
        PetitionFilter filter = new PetitionFilter();
        filter.setText("gieng nhiem phen");
        assertEquals(List.of(), Callers.as(staff, () -> petitionQueries.search(filter, 0, 20), "STAFF").rows());

        PetitionFilter before7 = new PetitionFilter();
        before7.setText("khai thac rung trong");
        assertEquals(List.of(ids.get(7)), Callers.as(staff, () -> petitionQueries.search(before7, 0, 20), "STAFF").rows().stream()
                .map(PetitionRow::id).toList(), "the index still holds the old text");

        assertTrue(indexCheck.catchUp(before) >= 1);

        assertEquals(List.of(ids.get(7)), Callers.as(staff, () -> petitionQueries.search(filter, 0, 20), "STAFF").rows().stream()
                .map(PetitionRow::id).toList());
        // Replaced, not added beside: a second copy would still match the old text (and would make the next
        // start-up's count differ from the database's and rebuild the whole index).
        assertEquals(List.of(), Callers.as(staff, () -> petitionQueries.search(before7, 0, 20), "STAFF").rows());
    }
}
