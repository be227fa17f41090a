package vn.dannguyen.task.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.task.NotificationService;

/**
 * The unread count on every page's bell, read once per request. When the database cannot be reached the
 * bell shows nothing rather than turning the whole page (and a clerk's unsaved form) into an error page.
 */
@Named
@RequestScoped
public class NotificationBell {

    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unreadCount();
            } catch (RuntimeException unavailable) {
                LOG.log(Level.FINE, "Unread count not available", unavailable);
                unread = 0L;
            }
        }
        return unread;
    }

    /** The bell's badge: the unread count, or nothing (the badge is then hidden) when all are read. */
    public String getBadge() {
        long count = getUnread();
        return count > 0 ? Long.toString(count) : "";
    }
}
