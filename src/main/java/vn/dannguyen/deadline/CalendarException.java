package vn.dannguyen.deadline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A day that differs from the computed calendar: a day off granted, or a Saturday worked in exchange. */
@Entity
@Audited
public class CalendarException {

    public static final int NOTE_LENGTH = 200;

    @Id
    @NotNull
    private LocalDate day;

    @Column(nullable = false)
    private boolean working;

    @NotBlank
    @Size(max = NOTE_LENGTH)
    @Column(nullable = false, length = NOTE_LENGTH)
    private String note;

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public boolean isWorking() { return working; }
    public void setWorking(boolean working) { this.working = working; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
