package vn.dannguyen.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Names in the order a clerk looks for them: numbers by value, Vietnamese letters in their own order. */
class NameOrderTest {

    @Test
    void numberedResidentialGroupsGoByNumber() {
        List<String> names = new ArrayList<>(List.of("Tổ dân phố 10", "Tổ dân phố 2", "Tổ dân phố 1", "Tổ dân phố 23", "Tổ dân phố 3"));
        names.sort(NameOrder.NAMES);
        assertEquals(List.of("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 10", "Tổ dân phố 23"), names);
    }

    @Test
    void vietnameseLettersKeepTheirAlphabet() {
        List<String> names = new ArrayList<>(List.of("Thôn Đông Xuyên", "Thôn Yên Lạc", "Thôn Dương Liễu", "Thôn Ngô Sơn", "Thôn An Mỹ"));
        names.sort(NameOrder.NAMES);
        assertEquals(List.of("Thôn An Mỹ", "Thôn Dương Liễu", "Thôn Đông Xuyên", "Thôn Ngô Sơn", "Thôn Yên Lạc"), names);
    }
}
