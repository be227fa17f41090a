package vn.dannguyen.petition.web;

import java.util.List;

/** Languages offered first when recording who spoke (the field stays free text). */
final class PetitionLanguages {

    static final List<String> COMMON = List.of("Tiếng Việt", "Tiếng Sán Dìu", "Tiếng Tày", "Tiếng Dao", "Tiếng Nùng",
            "Tiếng H'Mông", "Tiếng Cao Lan", "Tiếng Hoa");

    private PetitionLanguages() {
    }
}
