package vn.dannguyen.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.petition.Competence;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.report.CyclePetition.ResultGroup;
import vn.dannguyen.report.document.OfficialReport;
import vn.dannguyen.report.document.OfficialReport.Block;
import vn.dannguyen.report.document.OfficialReport.Heading;
import vn.dannguyen.report.document.OfficialReport.Paragraph;
import vn.dannguyen.report.document.OfficialReport.Table;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.Role;

/**
 * The official reports of a meeting cycle (Decree 30/2020): the compilation of the voters' petitions, and the
 * results report sorted resolved / in progress / explained; and statistics for a period. Official documents are
 * in Vietnamese, whatever language the user reads the screens in. Read-only.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class CycleReportService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ResourceBundle TEXT = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE,
            java.util.Locale.forLanguageTag("vi"));

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    ActiveUser activeUser;

    /** A cycle of the user's commune (or any, for a province-wide user). */
    public MeetingCycle cycle(long cycleId) {
        MeetingCycle cycle = Jpa.readable(em, MeetingCycle.class, cycleId, c -> activeUser.mayAccessCommune(c.getCommuneId()),
                "report.error.cycleNotFound");
        return cycle;
    }

    /** The petitions recorded for a cycle, by competence, category and content. */
    public List<CyclePetition> petitions(long cycleId) {
        return petitionsOf(cycle(cycleId));
    }

    List<CyclePetition> petitionsOf(MeetingCycle cycle) {
        return em.createQuery(CyclePetition.SELECT + " where p.cycleId = :cycle and p.communeId = :commune"
                        + " order by p.competence, c.nameVi, p.id", CyclePetition.class)
                .setParameter("cycle", cycle.getId()).setParameter("commune", cycle.getCommuneId()).getResultList();
    }

    public OfficialReport compilation(long cycleId) {
        MeetingCycle cycle = cycle(cycleId);
        Commune commune = em.find(Commune.class, cycle.getCommuneId());
        List<Meeting> meetings = em.createQuery("select m from Meeting m where m.cycle.id = :cycle order by m.heldAt, m.id",
                Meeting.class).setParameter("cycle", cycleId).getResultList();
        List<CyclePetition> petitions = petitionsOf(cycle);
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. TÌNH HÌNH TỔ CHỨC TIẾP XÚC CỬ TRI"));
        int voters = meetings.stream().mapToInt(Meeting::getVotersAttending).sum();
        body.add(new Paragraph("Thực hiện kế hoạch tiếp xúc cử tri \"" + cycle.getTitle() + "\", từ ngày "
                + DAY.format(cycle.getStartsOn()) + (cycle.getEndsOn() == null ? "" : " đến ngày " + DAY.format(cycle.getEndsOn()))
                + ", các đại biểu Hội đồng nhân dân đã tổ chức " + meetings.size() + " hội nghị tiếp xúc cử tri với tổng số "
                + voters + " lượt cử tri tham dự."));
        if (!meetings.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int index = 1;
            for (Meeting meeting : meetings) {
                rows.add(List.of(String.valueOf(index++), DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(meeting.getHeldAt()),
                        meeting.getPlace(), String.valueOf(meeting.getVotersAttending())));
            }
            body.add(new Table(List.of("STT", "Thời gian", "Địa điểm", "Số cử tri"), rows, new float[] {1.3f, 3, 8, 2}));
        }
        body.add(new Heading("II. TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI"));
        Map<Competence, List<CyclePetition>> byCompetence = new EnumMap<>(Competence.class);
        petitions.forEach(p -> byCompetence.computeIfAbsent(p.competence(), c -> new ArrayList<>()).add(p));
        StringBuilder summary = new StringBuilder("Tổng số có " + petitions.size() + " ý kiến, kiến nghị");
        if (!byCompetence.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byCompetence.forEach((competence, list) -> parts.add(list.size() + " thuộc thẩm quyền "
                    + TEXT.getString("petition.competence." + competence).toLowerCase()));
            summary.append(", trong đó: ").append(String.join("; ", parts));
        }
        long recurring = petitions.stream().filter(p -> p.timesRaised() > 1).count();
        summary.append(". Có ").append(recurring).append(" kiến nghị cử tri đã nêu từ các kỳ trước.");
        body.add(new Paragraph(summary.toString()));
        int section = 1;
        for (Map.Entry<Competence, List<CyclePetition>> group : byCompetence.entrySet()) {
            body.add(new Heading(section++ + ". Kiến nghị thuộc thẩm quyền "
                    + TEXT.getString("petition.competence." + group.getKey()).toLowerCase()));
            List<List<String>> rows = new ArrayList<>();
            int index = 1;
            for (CyclePetition petition : group.getValue()) {
                rows.add(List.of(String.valueOf(index++), petition.category(), petition.content(),
                        petition.village() == null ? "" : petition.village(), String.valueOf(petition.timesRaised())));
            }
            body.add(new Table(List.of("STT", "Lĩnh vực", "Nội dung kiến nghị", "Thôn", "Số lần"), rows,
                    new float[] {1.3f, 3, 9, 3, 1.6f}));
        }
        return report(commune, "Tổng hợp ý kiến, kiến nghị của cử tri " + lowerFirst(cycle.getTitle()), body,
                List.of("Thường trực HĐND xã;", "Ủy ban MTTQ Việt Nam xã;", "Các đại biểu HĐND xã;", "Lưu: VT."));
    }

    public OfficialReport results(long cycleId) {
        MeetingCycle cycle = cycle(cycleId);
        Commune commune = em.find(Commune.class, cycle.getCommuneId());
        Map<ResultGroup, List<CyclePetition>> groups = new EnumMap<>(ResultGroup.class);
        petitionsOf(cycle).forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        int total = groups.values().stream().mapToInt(List::size).sum();
        List<Block> body = new ArrayList<>();
        body.add(new Heading("I. KẾT QUẢ CHUNG"));
        body.add(new Paragraph("Tổng số ý kiến, kiến nghị của cử tri đợt \"" + cycle.getTitle() + "\" là " + total
                + ", trong đó: đã giải quyết xong " + size(groups, ResultGroup.RESOLVED) + "; đang giải quyết "
                + size(groups, ResultGroup.IN_PROGRESS) + "; đã giải trình, cung cấp thông tin "
                + size(groups, ResultGroup.EXPLAINED) + "; đã chuyển cấp tỉnh " + size(groups, ResultGroup.FORWARDED)
                + "; chưa trả lời " + size(groups, ResultGroup.NOT_ANSWERED) + "."));
        body.add(new Heading("II. KẾT QUẢ CỤ THỂ"));
        String[] titles = {"1. Các kiến nghị đã được giải quyết xong", "2. Các kiến nghị đang giải quyết (có lộ trình)",
                "3. Các kiến nghị đã giải trình, cung cấp thông tin", "4. Các kiến nghị đã chuyển cấp tỉnh",
                "5. Các kiến nghị chưa trả lời"};
        for (ResultGroup group : ResultGroup.values()) {
            body.add(new Heading(titles[group.ordinal()]));
            List<CyclePetition> list = groups.getOrDefault(group, List.of());
            if (list.isEmpty()) {
                body.add(new Paragraph("Không có."));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            int index = 1;
            for (CyclePetition petition : list) {
                String answer = petition.answerText() == null ? "" : petition.answerText();
                if (group == ResultGroup.IN_PROGRESS && petition.expectedOn() != null) {
                    answer += (answer.isEmpty() ? "" : " ") + "Dự kiến hoàn thành: " + DAY.format(petition.expectedOn()) + ".";
                }
                rows.add(List.of(String.valueOf(index++), petition.content(), answer));
            }
            body.add(new Table(List.of("STT", "Nội dung kiến nghị", "Kết quả giải quyết, trả lời"), rows,
                    new float[] {1.3f, 7, 8}));
        }
        return report(commune, "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri " + lowerFirst(cycle.getTitle()), body,
                List.of("Thường trực HĐND xã;", "Ủy ban MTTQ Việt Nam xã;", "Các đại biểu HĐND xã;",
                        "Niêm yết tại trụ sở tiếp công dân;", "Lưu: VT."));
    }

    /** Petitions received in a period of a year: how they came, what they were about and how they stand. */
    public OfficialReport statistics(int year, ReportPeriod period) {
        Commune commune = em.find(Commune.class, activeUser.getCommuneId());
        LocalDate from = period.from(year);
        LocalDate to = period.to(year);
        LocalDate today = clock.today();
        List<Block> body = new ArrayList<>();
        long total = count("select count(p) from Petition p where p.communeId = :commune and p.receivedOn between :from and :to",
                from, to);
        body.add(new Heading("I. SỐ LƯỢNG TIẾP NHẬN"));
        body.add(new Paragraph("Từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to) + ", Ủy ban nhân dân " + commune.getName() + " đã tiếp nhận " + total + " ý kiến, kiến nghị, phản ánh, khiếu nại, tố cáo của công dân."));
        body.add(new Table(List.of("Kênh tiếp nhận", "Số lượng"), grouped("p.channel", "petition.channel.", from, to),
                new float[] {8, 3}));
        body.add(new Table(List.of("Loại đơn", "Số lượng"), grouped("p.kind", "petition.kind.", from, to), new float[] {8, 3}));
        body.add(new Heading("II. THEO LĨNH VỰC"));
        List<List<String>> categories = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.nameVi, count(p) from Petition p join Category c on c.id = p.categoryId"
                        + " where p.communeId = :commune and p.receivedOn between :from and :to group by c.nameVi"
                        + " order by count(p) desc, c.nameVi", Object[].class)
                .setParameter("commune", commune.getId()).setParameter("from", from).setParameter("to", to).getResultList()) {
            categories.add(List.of((String) row[0], String.valueOf(row[1])));
        }
        body.add(new Table(List.of("Lĩnh vực", "Số lượng"), categories, new float[] {8, 3}));
        body.add(new Heading("III. KẾT QUẢ GIẢI QUYẾT"));
        long answered = count("select count(p) from Petition p where p.communeId = :commune and p.receivedOn between :from and :to"
                + " and p.answeredOn is not null", from, to);
        long onTime = count("select count(p) from Petition p where p.communeId = :commune and p.receivedOn between :from and :to"
                + " and p.answeredOn is not null and (p.deadlineOn is null or p.answeredOn <= p.deadlineOn)", from, to);
        long overdue = em.createQuery("select count(p) from Petition p where p.communeId = :commune"
                        + " and p.receivedOn between :from and :to and p.answeredOn is null and p.status not in :done"
                        + " and p.deadlineOn < :today", Long.class)
                .setParameter("commune", commune.getId()).setParameter("from", from).setParameter("to", to)
                .setParameter("done", PetitionStatus.DONE).setParameter("today", today).getSingleResult();
        body.add(new Table(List.of("Chỉ tiêu", "Số lượng"), List.of(
                List.of("Đã trả lời công dân", String.valueOf(answered)),
                List.of("Trong đó: đúng hạn", String.valueOf(onTime)),
                List.of("Trong đó: quá hạn", String.valueOf(answered - onTime)),
                List.of("Chưa trả lời", String.valueOf(total - answered)),
                List.of("Chưa trả lời, đã quá hạn (tính đến ngày " + DAY.format(today) + ")", String.valueOf(overdue))),
                new float[] {8, 3}));
        String periodName = TEXT.getString("report.period." + period.name()).toLowerCase();
        return report(commune, "Thống kê tiếp nhận và giải quyết ý kiến, kiến nghị của công dân " + periodName + " năm " + year,
                body, List.of("Thường trực HĐND xã;", "Chủ tịch, các Phó Chủ tịch UBND xã;", "Lưu: VT."));
    }

    private List<List<String>> grouped(String expression, String keyPrefix, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("select " + expression + ", count(p) from Petition p where p.communeId = :commune"
                        + " and p.receivedOn between :from and :to group by " + expression + " order by count(p) desc", Object[].class)
                .setParameter("commune", activeUser.getCommuneId()).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            rows.add(List.of(TEXT.getString(keyPrefix + row[0]), String.valueOf(row[1])));
        }
        return rows;
    }

    private long count(String jpql, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Long.class).setParameter("commune", activeUser.getCommuneId())
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private OfficialReport report(Commune commune, String title, List<Block> body, List<String> recipients) {
        LocalDate today = clock.today();
        String signer = activeUser.hasRole(Role.LEADER) ? activeUser.getFullName() : "";
        return new OfficialReport("ỦY BAN NHÂN DÂN", commune.getName().toUpperCase(), "Số:        /BC-UBND",
                placeName(commune) + ", ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm " + today.getYear(),
                "BÁO CÁO", title, body, recipients, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", signer);
    }

    /** "Xã Mỹ Bằng" is dated "Mỹ Bằng, ngày ...". */
    static String placeName(Commune commune) {
        return commune.getName().replaceFirst("^(?i)(xã|phường|thị trấn|đặc khu)\\s+", "");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static int size(Map<ResultGroup, List<CyclePetition>> groups, ResultGroup group) {
        return groups.getOrDefault(group, List.of()).size();
    }
}
