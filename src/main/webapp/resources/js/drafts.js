/*
 * Drafts that survive a reload, a lost answer and a server restart.
 *
 * What is typed into a form marked data-draft-key is kept in this browser (localStorage) together with the
 * form's submission key (the hidden input ending in ":submissionKey") until the server confirms the save by
 * rendering an element with data-saved-key. When the form is opened again, the draft and its key are put
 * back: saving it once more cannot record it twice, because the server recognises the key and answers with
 * the petition it already has. Drafts may hold voters' names and phone numbers: they are dropped after
 * MAX_AGE_MILLIS, and signing out clears them (here, and by Clear-Site-Data from the server).
 */
(function () {
    "use strict";

    var PREFIX = "dannguyen-draft-";
    var MAX_AGE_MILLIS = 12 * 60 * 60 * 1000;
    /** While a draft is put back, the change events it causes must not store a half-restored copy. */
    var restoring = false;

    function storage() {
        try {
            return window.localStorage;
        } catch (blocked) {
            return null;
        }
    }

    function storageName(form) {
        return PREFIX + form.getAttribute("data-draft-key");
    }

    function keyInput(form) {
        return form.querySelector("input[type=hidden][id$=':submissionKey']");
    }

    function fields(form) {
        return form.querySelectorAll("textarea[id], input[type=text][id], input[type=tel][id], input[type=email][id], select[id]");
    }

    function switches(form) {
        return form.querySelectorAll("input[type=checkbox][id]");
    }

    function choices(form) {
        return form.querySelectorAll("input[type=radio][name]:checked");
    }

    function read(name) {
        var store = storage();
        try {
            return store ? JSON.parse(store.getItem(name)) : null;
        } catch (damaged) {
            return null;
        }
    }

    /** The form's values: its fields, switches and choices (not its submission key). */
    function capture(form) {
        var values = { fields: {}, switches: {}, choices: {} };
        fields(form).forEach(function (field) {
            if (field.name) {
                values.fields[field.id] = field.value;
            }
        });
        switches(form).forEach(function (box) {
            values.switches[box.id] = box.checked;
        });
        choices(form).forEach(function (radio) {
            values.choices[radio.name] = radio.value;
        });
        return values;
    }

    function remember(form) {
        if (restoring) {
            return;
        }
        var store = storage();
        var key = keyInput(form);
        if (!store || !key || !key.value) {
            return;
        }
        var draft = capture(form);
        draft.key = key.value;
        draft.savedAt = Date.now();
        store.setItem(storageName(form), JSON.stringify(draft));
    }

    function widget(id) {
        if (!window.PrimeFaces || typeof window.PrimeFaces.getWidgetById !== "function") {
            return null;
        }
        return window.PrimeFaces.getWidgetById(id.replace(/_input$/, ""));
    }

    /** Switches and choices first: "anonymous" hides the name fields, and a restored name must not outlive it. */
    function restoreSwitches(draft) {
        Object.keys(draft.switches || {}).forEach(function (id) {
            var box = document.getElementById(id);
            if (box && box.checked !== draft.switches[id]) {
                var toggle = widget(id);
                if (toggle && typeof toggle.toggle === "function") {
                    toggle.toggle();
                } else {
                    box.click();
                }
            }
        });
        Object.keys(draft.choices || {}).forEach(function (name) {
            var radios = document.getElementsByName(name);
            for (var i = 0; i < radios.length; i++) {
                var radio = radios[i];
                if (radio.value === draft.choices[name] && !radio.checked) {
                    var group = widget(name);
                    if (group && typeof group.select === "function" && window.jQuery) {
                        group.select(window.jQuery(radio).closest(".ui-button"));
                    } else {
                        radio.click();
                    }
                }
            }
        });
    }

    function restore(form) {
        var draft = read(storageName(form));
        var key = keyInput(form);
        if (!draft || !draft.key || !key) {
            return;
        }
        key.value = draft.key;
        quietly(function () {
            restoreFields(draft);
        });
        remember(form);
        var notice = document.querySelector("[data-draft-notice='" + form.getAttribute("data-draft-key") + "']");
        if (notice) {
            notice.hidden = false;
        }
    }

    /** Each form as the server first drew it, before a draft was put back: the values of an empty form. */
    var firstDrawn = {};

    /**
     * Puts back the values the form was first drawn with, so that after a save it is an empty form again
     * without being drawn by the server; fields for which {@code leaveAsDrawn(field)} holds keep what the server
     * last drew. False when the first values are not known (the page would have to be loaded again).
     */
    function resetToFirstDrawn(form, leaveAsDrawn) {
        var first = firstDrawn[form.id];
        if (!first) {
            return false;
        }
        var values = { switches: first.switches, choices: first.choices, fields: {} };
        Object.keys(first.fields).forEach(function (id) {
            var field = document.getElementById(id);
            if (!(field && leaveAsDrawn && leaveAsDrawn(field))) {
                values.fields[id] = first.fields[id];
            }
        });
        quietly(function () {
            restoreFields(values);
            form.querySelectorAll("textarea").forEach(function (area) {
                area.style.height = "";
            });
            // What the widgets keep beside their inputs: a menu's search text (its panel lives outside the form),
            // an upload's refusals.
            form.querySelectorAll(".ui-selectonemenu[id], .ui-fileupload[id]").forEach(function (element) {
                var owner = widget(element.id);
                if (owner && owner.filterInput && owner.filterInput.val() && typeof owner.filter === "function") {
                    owner.filterInput.val("");
                    owner.filter("");
                }
                if (owner && owner.messageContainer && typeof owner.clearMessages === "function") {
                    owner.clearMessages();
                }
            });
        });
        var notice = document.querySelector("[data-draft-notice='" + form.getAttribute("data-draft-key") + "']");
        if (notice) {
            notice.hidden = true;
        }
        return true;
    }

    /** Runs {@code change} (a change made by the page, not typed) without keeping what it changed as a draft. */
    function quietly(change) {
        var wasRestoring = restoring;
        restoring = true;
        try {
            change();
        } finally {
            restoring = wasRestoring;
        }
    }

    window.DanNguyenDrafts = { resetToFirstDrawn: resetToFirstDrawn, quietly: quietly };

    function restoreFields(draft) {
        restoreSwitches(draft);
        Object.keys(draft.fields || {}).forEach(function (id) {
            var field = document.getElementById(id);
            var value = draft.fields[id];
            if (!field || field.value === value) {
                return;
            }
            var menu = widget(id);
            if (field.tagName === "SELECT" && menu && typeof menu.selectValue === "function") {
                menu.selectValue(value);
            } else {
                field.value = value;
            }
        });
    }

    /** Drops the drafts for which {@code unwanted(draft)} holds (a damaged one always). */
    function forget(unwanted) {
        var store = storage();
        if (!store) {
            return;
        }
        for (var i = store.length - 1; i >= 0; i--) {
            var name = store.key(i);
            if (name && name.indexOf(PREFIX) === 0) {
                var draft = read(name);
                if (!draft || unwanted(draft)) {
                    store.removeItem(name);
                }
            }
        }
    }

    /** Drops every draft whose key the server has confirmed as saved, and those too old to keep. */
    function forgetSaved() {
        var saved = [];
        document.querySelectorAll("[data-saved-key]").forEach(function (element) {
            saved.push(element.getAttribute("data-saved-key"));
        });
        var oldest = Date.now() - MAX_AGE_MILLIS;
        forget(function (draft) {
            return saved.indexOf(draft.key) >= 0 || !(draft.savedAt > oldest);
        });
    }

    function discard(button) {
        var store = storage();
        var name = PREFIX + button.getAttribute("data-draft-discard");
        if (store) {
            store.removeItem(name);
        }
        window.location.reload();
    }

    function start() {
        forgetSaved();
        document.querySelectorAll("form[data-draft-key]").forEach(function (form) {
            firstDrawn[form.id] = capture(form);
            restore(form);
        });
        var $ = window.jQuery;
        if ($) {
            // jQuery's handlers also see the change events PrimeFaces widgets trigger on their hidden inputs.
            $(document).on("input change", "form[data-draft-key] :input", function () {
                remember($(this).closest("form")[0]);
            });
            $(document).on("pfAjaxComplete", forgetSaved);
        }
        document.addEventListener("click", function (event) {
            var button = event.target.closest ? event.target.closest("[data-draft-discard]") : null;
            if (button) {
                event.preventDefault();
                discard(button);
            }
            // Signing out forgets every draft of this browser, also where Clear-Site-Data is not honoured (plain HTTP).
            if (event.target.closest && event.target.closest("#signOut")) {
                forget(function () {
                    return true;
                });
            }
        }, true);
    }

    if (window.jQuery) {
        // After PrimeFaces has created its widgets (in jQuery ready handlers), so a restored choice shows in them.
        window.jQuery(function () {
            window.setTimeout(start, 0);
        });
    } else if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
