package vn.dannguyen.citizen.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.citizen.PublishedResults;
import vn.dannguyen.citizen.PublishedResults.PublishedCycle;
import vn.dannguyen.report.CyclePetition;
import vn.dannguyen.report.CyclePetition.ResultGroup;
import vn.dannguyen.shared.CommuneClock;

/** /ket-qua[?dot=ID]: the published cycles, and the answers of one, for anyone without signing in. */
@Named
@RequestScoped
public class PublicResultsBacking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One result group of a cycle, for the page to list under its heading. */
    public record Group(ResultGroup group, List<CyclePetition> petitions) {
    }

    @Inject
    PublishedResults published;

    private String cycleParameter;
    private List<PublishedCycle> cycles;
    private PublishedCycle cycle;
    private List<Group> groups;

    /** The view action. A cycle id that is not a number, or not published, shows "not found". */
    public void load() {
        if (cycleParameter == null || cycleParameter.isBlank()) {
            cycles = published.cycles();
            return;
        }
        try {
            long id = Long.parseLong(cycleParameter.trim());
            cycle = published.cycle(id).orElse(null);
            if (cycle != null) {
                Map<ResultGroup, List<CyclePetition>> byGroup = new EnumMap<>(ResultGroup.class);
                published.petitions(id).forEach(p -> byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
                groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
            }
        } catch (NumberFormatException notAnId) {
            cycle = null;
        }
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String publishedOn(PublishedCycle published) {
        return DAY.format(published.publishedAt().atZone(CommuneClock.ZONE));
    }

    public boolean isCycleAsked() {
        return cycleParameter != null && !cycleParameter.isBlank();
    }

    public String getDot() { return cycleParameter; }
    public void setDot(String dot) { this.cycleParameter = dot; }
    public List<PublishedCycle> getCycles() { return cycles; }
    public PublishedCycle getCycle() { return cycle; }
    public List<Group> getGroups() { return groups; }
}
