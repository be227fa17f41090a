package vn.dannguyen.petition;

import java.io.Serializable;
import java.time.LocalDate;

/** What a petition list is narrowed to. Empty fields do not narrow. */
public class PetitionFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long communeId;
    private String text;
    private PetitionStatus status;
    private PetitionKind kind;
    private Channel channel;
    private Long categoryId;
    private Long villageId;
    private Long cycleId;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    /** Only petitions past their legal deadline and not yet answered. */
    private boolean overdue;

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public PetitionStatus getStatus() { return status; }
    public void setStatus(PetitionStatus status) { this.status = status; }
    public PetitionKind getKind() { return kind; }
    public void setKind(PetitionKind kind) { this.kind = kind; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public LocalDate getReceivedFrom() { return receivedFrom; }
    public void setReceivedFrom(LocalDate receivedFrom) { this.receivedFrom = receivedFrom; }
    public LocalDate getReceivedTo() { return receivedTo; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public void setReceivedTo(LocalDate receivedTo) { this.receivedTo = receivedTo; }
}
