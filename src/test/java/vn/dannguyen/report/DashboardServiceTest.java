package vn.dannguyen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Counts made by id are shown by name, largest first; petitions without a village get the placeholder. */
class DashboardServiceTest {

    @Test
    void countsByIdBecomeCountsByNameLargestFirst() {
        List<Object[]> counts = List.of(new Object[] {1L, 5L}, new Object[] {2L, 8L}, new Object[] {null, 3L}, new Object[] {3L, 4L});
        List<Object[]> names = List.of(new Object[] {1L, "Thôn Đông"}, new Object[] {2L, "Thôn Tây"}, new Object[] {3L, "Thôn Đông"});
        assertEquals(List.of(new DashboardService.Count("Thôn Đông", 9), new DashboardService.Count("Thôn Tây", 8),
                        new DashboardService.Count("—", 3)),
                DashboardService.named(counts, names, "—"));
    }
}
