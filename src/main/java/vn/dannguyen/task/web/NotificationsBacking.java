package vn.dannguyen.task.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.dannguyen.task.NotificationService;

/** /task/reminders: the user's reminders, unread first. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    private List<NotificationService.Reminder> reminders;

    @PostConstruct
    void init() {
        reminders = notifications.latest(200);
    }

    public void markAllRead() {
        notifications.markAllRead();
        reminders = notifications.latest(200);
    }

    public List<NotificationService.Reminder> getReminders() { return reminders; }
}
