/*
 * "Receive another petition" on /petition/new. A save's answer draws the panel with the tracking code, the next
 * submission key and today's date, not the form: the form on the page becomes the next petition's, its values put
 * back to those it was first drawn with (drafts.js), and it waits, hidden, behind the panel. (When the form showed
 * a refused save's errors, the server draws it whole instead, already empty and hidden.) The button shows it without
 * asking the server again, closes the panel and the "received" message, and puts the cursor in the petition's text,
 * where the clerk starts. After a save the button itself has the keyboard, so Enter goes on to the next petition.
 */
(function () {
    "use strict";

    /** Set when the form could not be emptied in the browser: "receive another" then loads the page again. */
    var reloadForNext = false;

    function showNextForm(button) {
        var form = document.getElementById(button.getAttribute("data-next-petition"));
        if (!form) {
            return;
        }
        if (reloadForNext) {
            window.location.assign(window.location.pathname);
            return;
        }
        var panel = button.closest(".recorded-panel");
        if (panel) {
            panel.hidden = true;
        }
        var messages = document.getElementById("messages");
        if (messages) {
            messages.replaceChildren();
        }
        form.querySelectorAll(".intake.is-waiting").forEach(function (fields) {
            fields.classList.remove("is-waiting");
            // Widgets drawn while hidden (the select menus) finish their layout once they can be measured.
            if (window.PrimeFaces && typeof window.PrimeFaces.invokeDeferredRenders === "function") {
                window.PrimeFaces.invokeDeferredRenders(fields.id);
            }
        });
        window.scrollTo(0, 0);
        var content = form.querySelector(".intake textarea");
        if (content) {
            content.focus();
        }
    }

    /** A save drew its panel but not the form, which still holds the saved petition: it becomes the next one. */
    function emptyTheSavedForm() {
        var button = document.querySelector(".recorded-panel:not([hidden]) [data-next-petition]");
        var form = button ? document.getElementById(button.getAttribute("data-next-petition")) : null;
        var fields = form ? form.querySelector(".intake:not(.is-waiting)") : null;
        if (!fields) {
            return;
        }
        fields.classList.add("is-waiting");
        try {
            // The date pickers are set to the day the answer gives (which may not be the day the page was opened).
            reloadForNext = !(window.DanNguyenDrafts && window.DanNguyenDrafts.resetToFirstDrawn(form, function (field) {
                return field.closest(".ui-calendar") !== null;
            }) && receivedToday(form, button.getAttribute("data-next-date")));
        } catch (failed) {
            // A half-emptied form must not be taken for the next petition's: it is loaded anew. (Not thrown on:
            // PrimeFaces' request queue would stop with it.)
            reloadForNext = true;
            if (window.console) {
                window.console.error("The saved petition's form could not be emptied; it will be loaded again", failed);
            }
        }
    }

    /**
     * Sets the form's date pickers to the next petition's day ("2026-12-01"), as a date the clerk picked would be,
     * but without keeping it as a draft. False when it cannot.
     */
    function receivedToday(form, isoDay) {
        var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay || "");
        if (!day || !window.PrimeFaces || typeof window.PrimeFaces.getWidgetById !== "function") {
            return false;
        }
        var date = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
        var set = true;
        window.DanNguyenDrafts.quietly(function () {
            form.querySelectorAll(".ui-calendar[id]").forEach(function (element) {
                var picker = window.PrimeFaces.getWidgetById(element.id);
                if (picker && typeof picker.setDate === "function") {
                    picker.setDate(date);
                    // A picker drawn on an earlier day (its answer lost) cannot take today: the page is loaded again.
                    var shown = typeof picker.getDate === "function" ? picker.getDate() : null;
                    if (!(shown instanceof Date) || shown.toDateString() !== date.toDateString()) {
                        set = false;
                    }
                } else {
                    set = false;
                }
            });
        });
        return set;
    }

    /** After a save the form is hidden: the keyboard goes to "receive another", so Enter continues. */
    function focusNextButton() {
        var button = document.querySelector(".recorded-panel:not([hidden]) [data-next-petition]");
        if (button && !document.querySelector(".intake:not(.is-waiting)")) {
            button.focus();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            emptyTheSavedForm();
            focusNextButton();
        });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-next-petition]") : null;
        if (button) {
            event.preventDefault();
            showNextForm(button);
        }
    });
})();
