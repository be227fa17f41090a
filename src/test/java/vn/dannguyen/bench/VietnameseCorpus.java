package vn.dannguyen.bench;

import java.util.List;
import java.util.Random;

/**
 * Fragments of real-sounding Vietnamese for generated data: place names, people's names, and petitions
 * assembled from an opening, a problem (by category), a place, a detail and a request, the way voters
 * word them at meetings (docs/domain.md: roads, dredging, landslides, land disputes, temporary houses...).
 */
final class VietnameseCorpus {

    private VietnameseCorpus() {
    }

    static final String PROVINCE = "Tuyên Quang";

    /** Syllables that make place names such as "Mỹ Bằng", "Minh Xuân", "Kim Phú". */
    static final List<String> PLACE_SYLLABLES = List.of(
            "Mỹ", "Bằng", "Minh", "Xuân", "Kim", "Phú", "Thái", "Bình", "An", "Tường", "Hòa", "Lâm", "Sơn", "Yên",
            "Trung", "Hùng", "Lợi", "Tân", "Thành", "Phúc", "Vinh", "Quang", "Hà", "Lang", "Chiêm", "Hóa", "Đạo",
            "Viện", "Kiên", "Đài", "Thị", "Nhân", "Lục", "Ba", "Bắc", "Nam", "Đông", "Tây", "Hồng", "Thượng",
            "Lăng", "Can", "Nà", "Hang", "Khuôn", "Hà", "Giang", "Đồng", "Văn", "Mèo", "Vạc", "Xín", "Mần",
            "Hoàng", "Su", "Phì", "Bạch", "Ngọc", "Lũng", "Cú", "Tiến", "Lực", "Hợp", "Kháng", "Nhật");

    static final List<String> FAMILY_NAMES = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Ma", "Nông", "Hà", "Triệu", "Lương", "Giàng", "Sùng", "Lò", "Quan");
    static final List<String> MIDDLE_NAMES = List.of(
            "Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Hữu", "Xuân", "Thu", "Hồng", "Kim", "Công");
    static final List<String> GIVEN_NAMES = List.of(
            "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiền", "Hòa", "Hùng", "Hương",
            "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân",
            "Sơn", "Tâm", "Thắng", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Xuân", "Yến");

    static final List<String> OPENINGS = List.of(
            "Cử tri thôn {v} phản ánh:", "Cử tri kiến nghị:", "Nhân dân {v} đề nghị UBND xã xem xét,",
            "Ông bà con {v} phản ánh tình trạng", "Đề nghị các cấp chính quyền quan tâm:",
            "Cử tri tổ dân phố phản ánh kéo dài nhiều năm:", "Tại hội nghị tiếp xúc cử tri, bà con {v} nêu:",
            "Người dân gọi đường dây nóng phản ánh", "Đơn của hộ gia đình ở {v} trình bày:", "Kiến nghị tiếp:");

    /** Problems by category code (V1's categories). */
    static final String[][] PROBLEMS = {
            {"TRAFFIC", "đường liên thôn xuống cấp, nhiều ổ gà, mùa mưa lầy lội, học sinh đi lại khó khăn",
                    "ùn tắc giao thông trên đường thôn vào giờ tan học, xe tải chở vật liệu đi qua làm hỏng mặt đường",
                    "cầu treo qua suối bị hư hỏng, dây cáp rỉ sét, không đảm bảo an toàn cho người dân",
                    "cây cầu đang làm dở ba tháng nay vì còn bốn hộ chưa hiến đất làm đường dẫn",
                    "đề nghị lắp đèn chiếu sáng và biển báo tại ngã ba đường tỉnh giao với đường vào thôn"},
            {"IRRIGATION", "lòng sông bị bồi lấp, đề nghị nạo vét để chống ngập úng cho ruộng lúa",
                    "mương thủy lợi nội đồng bị sạt, nước không về được các thửa ruộng cuối kênh",
                    "đập tràn bị xói lở chân, mùa lũ nước tràn vào nhà dân",
                    "trạm bơm hoạt động không thường xuyên, vụ đông xuân thiếu nước tưới"},
            {"ENVIRONMENT", "sạt lở đất do khai thác đá ở mỏ gần khu dân cư, nhiều nhà bị nứt tường",
                    "rác thải sinh hoạt không được thu gom thường xuyên, gây ô nhiễm và mùi hôi",
                    "xưởng chế biến gỗ xả nước thải ra suối, cá chết hàng loạt",
                    "khai thác cát trái phép trên sông làm sạt lở bờ, mất đất canh tác",
                    "khói bụi từ lò gạch thủ công ảnh hưởng sức khỏe người dân"},
            {"LAND", "tranh chấp ranh giới thửa đất giữa hai hộ kéo dài nhiều năm chưa được giải quyết",
                    "chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ năm trước",
                    "bồi thường giải phóng mặt bằng dự án đường chưa thỏa đáng, giá đất thấp hơn thị trường",
                    "đất rừng giao khoán bị lấn chiếm, đề nghị đo đạc lại và cắm mốc",
                    "hộ gia đình hiến 50 m² đất làm đường nhưng chưa được điều chỉnh sổ đỏ"},
            {"CONSTRUCT", "nhà văn hóa thôn xuống cấp, mái dột, không đủ chỗ cho sinh hoạt cộng đồng",
                    "công trình kè bờ suối thi công chậm tiến độ, chất lượng không đảm bảo",
                    "hệ thống nước sạch tự chảy bị hỏng, bà con phải dùng nước suối",
                    "lưới điện hạ thế chắp vá, điện yếu, thường xuyên mất điện vào buổi tối"},
            {"SOCIAL", "hộ nghèo còn ở nhà tạm, đề nghị hỗ trợ xóa nhà tạm, nhà dột nát trước mùa mưa bão",
                    "rà soát hộ nghèo, cận nghèo chưa chính xác, có hộ khá giả vẫn được hưởng chính sách",
                    "chậm chi trả trợ cấp cho người cao tuổi, người khuyết tật",
                    "đề nghị hỗ trợ gạo cứu đói cho các hộ bị thiệt hại do lũ quét"},
            {"HEALTH", "trạm y tế thiếu thuốc và bác sĩ, người dân phải đi xa khám bệnh",
                    "chưa được cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số vùng đặc biệt khó khăn",
                    "phun thuốc phòng dịch sốt xuất huyết chưa kịp thời"},
            {"EDUCATION", "điểm trường lẻ xuống cấp, thiếu phòng học, học sinh phải học ca ba",
                    "đường đến trường mầm non trơn trượt, đề nghị bê tông hóa",
                    "chậm hỗ trợ tiền ăn trưa cho học sinh bán trú"},
            {"SECURITY", "tình trạng trộm cắp vặt gia súc, gia cầm diễn ra nhiều vào ban đêm",
                    "thanh niên tụ tập đua xe gây mất trật tự trên tuyến đường trung tâm",
                    "đề nghị lắp camera an ninh tại các điểm giao thông chính của xã"},
            {"ADMIN", "thủ tục chứng thực, đăng ký hộ tịch tại Trung tâm Phục vụ hành chính công còn chậm",
                    "cán bộ tiếp dân chưa niềm nở, hướng dẫn hồ sơ nhiều lần chưa đầy đủ",
                    "dịch vụ công trực tuyến hay bị lỗi, người dân phải đến nộp trực tiếp"},
            {"AGRICULTURE", "cấp phép khai thác rừng trồng còn chậm, ảnh hưởng thu nhập của người trồng rừng",
                    "giống lúa hỗ trợ kém chất lượng, tỷ lệ nảy mầm thấp",
                    "dịch tả lợn châu Phi, đề nghị hỗ trợ tiêu hủy và tái đàn",
                    "giá phân bón tăng cao, đề nghị hỗ trợ vốn vay ưu đãi cho bà con"},
            {"OTHER", "sóng điện thoại và internet yếu ở các bản vùng cao",
                    "đề nghị công khai thu chi các khoản đóng góp của nhân dân",
                    "loa truyền thanh của thôn bị hỏng lâu ngày chưa được sửa"}};

    static final List<String> DETAILS = List.of(
            "Đoạn từ nhà ông {n} đến cầu Ngô Sơn dài khoảng 1,2 km.", "Bà con đã kiến nghị nhiều lần nhưng chưa được giải quyết.",
            "Sự việc ảnh hưởng đến khoảng 120 hộ dân.", "Mùa mưa năm ngoái đã có người bị ngã xe.",
            "Hiện có 104 nhà tạm của hộ nghèo cần thay trước ngày 30 tháng 8.", "Các hộ đã hiến 50, 40, 70 và 20 m² đất.",
            "Ông {n} là người trực tiếp phản ánh tại hội nghị.", "Đã có biên bản làm việc với thôn nhưng chưa có kết quả.",
            "Đề nghị trả lời bằng văn bản cho cử tri.", "Bà {n} có đơn kèm theo ảnh chụp hiện trạng.");

    static final List<String> REQUESTS = List.of(
            "Đề nghị xã sớm khảo sát và có phương án khắc phục.", "Đề nghị báo cáo tỉnh bố trí kinh phí sửa chữa.",
            "Kính đề nghị chính quyền xem xét giải quyết dứt điểm.", "Mong được trả lời trước kỳ họp tới.",
            "Đề nghị kiểm tra, xử lý nghiêm các trường hợp vi phạm.", "Đề nghị đưa vào kế hoạch đầu tư công năm sau.");

    static final List<String> ANSWERS = List.of(
            "UBND xã đã khảo sát hiện trạng, giao Phòng Kinh tế lập dự toán và bố trí vốn trong năm.",
            "Nội dung thuộc thẩm quyền cấp tỉnh, UBND xã đã chuyển văn bản đến Sở ngành liên quan.",
            "Đã tổ chức hòa giải tại cơ sở, hai bên thống nhất ranh giới theo bản đồ địa chính.",
            "Xã đã phối hợp với Mặt trận vận động, hỗ trợ xây mới nhà cho hộ nghèo, hoàn thành trước 30/8.",
            "Đã nạo vét xong tuyến kênh, đảm bảo nước tưới cho vụ mùa.",
            "Đã kiểm tra, lập biên bản và xử phạt cơ sở vi phạm; yêu cầu khắc phục trong 30 ngày.");

    static final String[] DEPARTMENTS = {"Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội",
            "Trung tâm Phục vụ hành chính công"};

    static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String personName(Random random) {
        return pick(random, FAMILY_NAMES) + " " + pick(random, MIDDLE_NAMES) + " " + pick(random, GIVEN_NAMES);
    }

    static String placeName(Random random) {
        String first = pick(random, PLACE_SYLLABLES);
        String second;
        do {
            second = pick(random, PLACE_SYLLABLES);
        } while (second.equals(first));
        return first + " " + second;
    }

    /** A petition text of category {@code categoryIndex} (index into {@link #PROBLEMS}) about village {@code village}. */
    static String petitionText(Random random, int categoryIndex, String village) {
        String[] problems = PROBLEMS[categoryIndex];
        StringBuilder text = new StringBuilder(320);
        text.append(pick(random, OPENINGS).replace("{v}", village)).append(' ')
                .append(problems[1 + random.nextInt(problems.length - 1)]).append('.');
        int details = 1 + random.nextInt(2);
        for (int i = 0; i < details; i++) {
            text.append(' ').append(pick(random, DETAILS).replace("{n}", personName(random)));
        }
        text.append(' ').append(pick(random, REQUESTS));
        return text.toString();
    }
}
