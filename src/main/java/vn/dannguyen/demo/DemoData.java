package vn.dannguyen.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.deadline.DeadlineService;
import vn.dannguyen.deadline.DeadlineStep;
import vn.dannguyen.deadline.Deadlines;
import vn.dannguyen.meeting.CycleKind;
import vn.dannguyen.meeting.Meeting;
import vn.dannguyen.meeting.MeetingCycle;
import vn.dannguyen.people.AppUser;
import vn.dannguyen.people.PasswordHasher;
import vn.dannguyen.petition.AnswerResult;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionStatus;
import vn.dannguyen.petition.TrackingCodeFormat;
import vn.dannguyen.petition.WorkflowAction;
import vn.dannguyen.petition.TrackingCodes;
import vn.dannguyen.reference.Commune;
import vn.dannguyen.reference.CommuneKind;
import vn.dannguyen.reference.Department;
import vn.dannguyen.reference.Village;
import vn.dannguyen.reference.VillageKind;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.DemoMode;
import vn.dannguyen.shared.Role;

/** Fills an empty database with a demo commune when DANNGUYEN_DEMO_DATA=true (README command 1, tests). */
@Singleton
@Startup
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The password of every demo account; printed in the README, so never used outside the demo. */
    public static final String DEMO_PASSWORD = "DanNguyen@2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneClock clock;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    TrackingCodes trackingCodes;

    @Inject
    DeadlineService deadlineService;

    @PostConstruct
    void loadWhenEnabled() {
        if (!DemoMode.enabled() || em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        Commune myBang = commune("TQ-MYBANG", "Xã Mỹ Bằng", CommuneKind.XA);
        villages(myBang, VillageKind.THON, "Thôn Ngô Sơn", "Thôn Đồng Bèn", "Thôn Cầu Chéo", "Thôn Làng Ải",
                "Thôn Đồng Giàn", "Thôn Khuân Ráng", "Thôn Lăng Khê", "Thôn Bình Ca");
        departments(myBang, "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội",
                "Trung tâm Phục vụ hành chính công");
        Commune minhXuan = commune("TQ-MINHXUAN", "Phường Minh Xuân", CommuneKind.PHUONG);
        villages(minhXuan, VillageKind.TO_DAN_PHO, "Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3");
        departments(minhXuan, "Văn phòng HĐND và UBND", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa – Xã hội",
                "Trung tâm Phục vụ hành chính công");
        em.flush();

        user("canbo", "Nguyễn Thị Hoa", myBang, EnumSet.of(Role.STAFF), false);
        user("lanhdao", "Trần Văn Minh", myBang, EnumSet.of(Role.LEADER), false);
        user("thanhtra", "Lê Thị Thu", myBang, EnumSet.of(Role.AUDITOR), false);
        user("quantri", "Phạm Quốc Hùng", myBang, EnumSet.of(Role.ADMIN), true);
        user("canbo.minhxuan", "Hoàng Văn Sơn", minhXuan, EnumSet.of(Role.STAFF), false);
        user("quantri.minhxuan", "Đỗ Thị Lan", minhXuan, EnumSet.of(Role.ADMIN), false);
        em.flush();
        petitions(myBang);
        answeredCycle(myBang);
        LOG.info("Demo data loaded: communes, villages, departments, one account per role, a meeting and its petitions");
    }

    /** A meeting cycle with one meeting and the cases from the field (docs/domain.md), some already overdue. */
    private void petitions(Commune commune) {
        LocalDate today = clock.today();
        MeetingCycle cycle = new MeetingCycle();
        cycle.setCommuneId(commune.getId());
        cycle.setKind(CycleKind.BEFORE_SESSION);
        cycle.setCouncilSession(4);
        cycle.setTitle("Tiếp xúc cử tri trước kỳ họp thứ 4, HĐND xã khóa I");
        cycle.setStartsOn(today.minusDays(50));
        em.persist(cycle);
        Meeting meeting = new Meeting();
        meeting.setCommuneId(commune.getId());
        meeting.setCycle(cycle);
        meeting.setHeldAt(today.minusDays(45).atTime(8, 0));
        meeting.setPlace("Nhà văn hóa thôn Ngô Sơn");
        meeting.setDeputies("Hoàng Văn Thắng\nĐỗ Thị Mai");
        meeting.setVotersAttending(86);
        meeting.setLanguage("Tiếng Sán Dìu");
        meeting.setInterpreterName("Lý Văn Sinh");
        meeting.setCreatedBy("canbo");
        em.persist(meeting);
        em.flush();
        Deadlines deadlines = deadlineService.current();
        String[][] cases = {
                {"TRAFFIC", "Đường liên thôn Ngô Sơn – Đồng Bèn thường xuyên ùn tắc vào giờ tan học, đề nghị mở rộng mặt đường", "45"},
                {"IRRIGATION", "Đề nghị nạo vét lòng sông đoạn qua thôn Lăng Khê để chống ngập úng mùa mưa", "45"},
                {"ENVIRONMENT", "Sạt lở đất tại thôn Khuân Ráng do khai thác đá trái phép, đề nghị kiểm tra, xử lý", "45"},
                {"LAND", "Đề nghị hòa giải tranh chấp ranh giới đất giữa hai hộ ở thôn Cầu Chéo", "20"},
                {"CONSTRUCT", "Cầu qua suối thôn Đồng Giàn dừng thi công ba tháng vì 4 hộ chưa hiến đất (50, 40, 70 và 20 m²)", "12"},
                {"SOCIAL", "Hỗ trợ xây mới nhà ở cho hộ nghèo còn ở nhà tạm dột nát trong chương trình 104 căn", "5"},
                {"AGRICULTURE", "Đề nghị cấp giấy phép khai thác rừng trồng cho các hộ dân nhanh hơn", "2"}};
        int number = trackingCodes.reserve(commune.getId(), today.getYear(), cases.length);
        for (String[] demo : cases) {
            Petition petition = new Petition();
            petition.setCommuneId(commune.getId());
            petition.setCategoryId(em.createQuery("select c.id from Category c where c.code = :code", Long.class)
                    .setParameter("code", demo[0]).getSingleResult());
            petition.setContent(demo[1]);
            petition.setReceivedOn(today.minusDays(Integer.parseInt(demo[2])));
            petition.setChannel(demo[2].equals("45") ? Channel.MEETING : Channel.COUNTER);
            petition.setMeetingId(demo[2].equals("45") ? meeting.getId() : null);
            petition.setCycleId(demo[2].equals("45") ? cycle.getId() : null);
            petition.setAnonymous(demo[2].equals("45"));
            petition.setPetitionerName(demo[2].equals("45") ? null : "Vũ Văn Bình");
            petition.setLegalDeadline(deadlines.due(petition.getKind().name(), DeadlineStep.ANSWER, petition.getReceivedOn()));
            petition.setTrackingCode(TrackingCodeFormat.format(commune.getId(), petition.getReceivedOn(), number++));
            petition.setSubmissionKey("demo-" + number);
            petition.setCreatedBy("canbo");
            em.persist(petition);
        }
    }

    /** An earlier cycle whose petitions were answered: one resolved, one in progress with a roadmap, one explained. */
    private void answeredCycle(Commune commune) {
        LocalDate today = clock.today();
        MeetingCycle cycle = new MeetingCycle();
        cycle.setCommuneId(commune.getId());
        cycle.setKind(CycleKind.AFTER_SESSION);
        cycle.setCouncilSession(3);
        cycle.setTitle("Tiếp xúc cử tri sau kỳ họp thứ 3, HĐND xã khóa I");
        cycle.setStartsOn(today.minusDays(120));
        cycle.setEndsOn(today.minusDays(110));
        em.persist(cycle);
        LocalDate received = today.minusDays(115);
        LocalDate nextThirtiethOfAugust = LocalDate.of(today.getYear(), 8, 30).isAfter(today)
                ? LocalDate.of(today.getYear(), 8, 30) : LocalDate.of(today.getYear() + 1, 8, 30);
        Object[][] answered = {
                {"TRAFFIC", "Đề nghị lắp đèn chiếu sáng đường trục thôn Ngô Sơn", AnswerResult.RESOLVED,
                        "UBND xã đã lắp 12 bóng đèn LED trên đường trục thôn Ngô Sơn, hoàn thành và đưa vào sử dụng.", null},
                {"SOCIAL", "Đề nghị đẩy nhanh chương trình xóa 104 căn nhà tạm, dột nát cho hộ nghèo", AnswerResult.IN_PROGRESS,
                        "Đã hoàn thành 96/104 căn; 8 căn còn lại đang thi công, cán bộ xã góp 10 triệu đồng hỗ trợ căn cuối cùng.",
                        nextThirtiethOfAugust},
                {"IRRIGATION", "Đề nghị kiên cố hóa kênh mương nội đồng thôn Lăng Khê", AnswerResult.EXPLAINED,
                        "Công trình có trong kế hoạch đầu tư công trung hạn của tỉnh; UBND xã đã đề nghị tỉnh bố trí vốn.", null}};
        int number = trackingCodes.reserve(commune.getId(), received.getYear(), answered.length);
        for (Object[] demo : answered) {
            Petition petition = new Petition();
            petition.setCommuneId(commune.getId());
            petition.setCategoryId(em.createQuery("select c.id from Category c where c.code = :code", Long.class)
                    .setParameter("code", demo[0]).getSingleResult());
            petition.setContent((String) demo[1]);
            petition.setReceivedOn(received);
            petition.setChannel(Channel.MEETING);
            petition.setCycleId(cycle.getId());
            petition.setAnonymous(true);
            petition.setLegalDeadline(received.plusDays(30));
            // Through the workflow as it went last cycle (the demo keeps no assignment rows of it).
            petition.assign(received.plusDays(20), true);
            petition.take(WorkflowAction.RESOLVE, true);
            petition.answer((String) demo[3], (AnswerResult) demo[2], (LocalDate) demo[4], received.plusDays(25), false);
            petition.setTrackingCode(TrackingCodeFormat.format(commune.getId(), received, number++));
            petition.setSubmissionKey("demo-answered-" + number);
            petition.setCreatedBy("canbo");
            em.persist(petition);
        }
    }

    private Commune commune(String code, String name, CommuneKind kind) {
        Commune commune = new Commune();
        commune.setCode(code);
        commune.setName(name);
        commune.setKind(kind);
        commune.setProvinceName("Tuyên Quang");
        em.persist(commune);
        return commune;
    }

    private void villages(Commune commune, VillageKind kind, String... names) {
        for (String name : names) {
            Village village = new Village();
            village.setCommune(commune);
            village.setName(name);
            village.setKind(kind);
            em.persist(village);
        }
    }

    private void departments(Commune commune, String... names) {
        List.of(names).forEach(name -> {
            Department department = new Department();
            department.setCommune(commune);
            department.setName(name);
            em.persist(department);
        });
    }

    private void user(String username, String fullName, Commune commune, Set<Role> roles, boolean provinceWide) {
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setPasswordHash(passwordHasher.hash(DEMO_PASSWORD.toCharArray()));
        user.setFullName(fullName);
        user.setCommune(commune);
        user.getRoles().addAll(roles);
        user.setProvinceWide(provinceWide);
        em.persist(user);
    }
}
