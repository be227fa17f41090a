package vn.dannguyen.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.dannguyen.shared.MessageBundleResolver;
import vn.dannguyen.shared.PublicAddress;

/**
 * E-mails a reminder (Jakarta Mail, the server's mail session: SMTP_HOST / SMTP_PORT) to active users who
 * have an address, in Vietnamese, once the reminder is committed. A mail that cannot be sent is logged;
 * the in-app reminder stays. Links use DANNGUYEN_BASE_URL (the address users reach the system at).
 */
@ApplicationScoped
public class ReminderMail {

    private static final Logger LOG = Logger.getLogger(ReminderMail.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @PersistenceContext
    EntityManager em;

    /** A reminder just recorded, with what its e-mail says (read inside the transaction that recorded it). */
    public record Created(long petitionId, ReminderKind kind, LocalDate deadline, String email, String fullName,
                          String trackingCode, String content) {
    }

    /** The e-mail of a new reminder to an active user with an address, or nothing. */
    Optional<Created> mailFor(long userId, long petitionId, ReminderKind kind, LocalDate deadline) {
        List<Object[]> found = rows("select u.email, u.full_name, p.tracking_code, p.content from app_user u, petition p"
                + " where u.id = ?1 and p.id = ?2 and u.active = true and u.email is not null and u.email <> ''", userId, petitionId);
        return found.stream().findFirst().map(row -> new Created(petitionId, kind, deadline, (String) row[0], (String) row[1],
                (String) row[2], (String) row[3]));
    }

    /** Sends once the reminder is committed: a run that rolls back mails nothing. No database access here. */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Created reminder) {
        ResourceBundle text = ResourceBundle.getBundle(MessageBundleResolver.BUNDLE, Locale.forLanguageTag("vi"));
        String link = PublicAddress.of("/petition/view?id=" + reminder.petitionId());
        String what = text.getString("task.reminder." + reminder.kind());
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom(new InternetAddress(System.getenv().getOrDefault("DANNGUYEN_MAIL_FROM", "dan-nguyen@localhost"),
                    text.getString("app.name"), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(reminder.email(), reminder.fullName(), "UTF-8"));
            message.setSubject("[" + text.getString("app.name") + "] " + what + ": " + reminder.trackingCode(), "UTF-8");
            message.setText(MessageBundleResolver.text(Locale.forLanguageTag("vi"), "task.reminder.mail", reminder.fullName(),
                    what, reminder.trackingCode(), reminder.deadline().format(DATE), reminder.content(), link), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder e-mail to " + reminder.email() + " not sent", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object first, Object second) {
        return em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).getResultList();
    }
}
