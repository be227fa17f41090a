/*
 * Drafts that survive a reload, a lost answer and a server restart.
 *
 * What is typed into a form marked data-draft-key is kept in this browser (localStorage) together with the
 * form's submission key (the hidden input ending in ":submissionKey") until the server confirms the save by
 * rendering an element with data-saved-key. When the form is opened again, the draft and its key are put
 * back: saving it once more cannot record it twice, because the server recognises the key and answers with
 * the petition it already has. Signing out clears the site's storage (Clear-Site-Data).
 */
(function () {
    "use strict";

    var PREFIX = "dannguyen-draft-";

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

    function read(name) {
        var store = storage();
        try {
            return store ? JSON.parse(store.getItem(name)) : null;
        } catch (damaged) {
            return null;
        }
    }

    function remember(form) {
        var store = storage();
        var key = keyInput(form);
        if (!store || !key || !key.value) {
            return;
        }
        var draft = { key: key.value, fields: {} };
        fields(form).forEach(function (field) {
            if (field.name) {
                draft.fields[field.id] = field.value;
            }
        });
        store.setItem(storageName(form), JSON.stringify(draft));
    }

    function widgetOf(field) {
        if (!window.PrimeFaces || typeof window.PrimeFaces.getWidgetById !== "function") {
            return null;
        }
        return window.PrimeFaces.getWidgetById(field.id.replace(/_input$/, ""));
    }

    function restore(form) {
        var draft = read(storageName(form));
        var key = keyInput(form);
        if (!draft || !draft.key || !key) {
            return;
        }
        key.value = draft.key;
        Object.keys(draft.fields || {}).forEach(function (id) {
            var field = document.getElementById(id);
            var value = draft.fields[id];
            if (!field || field.value === value) {
                return;
            }
            var widget = widgetOf(field);
            if (field.tagName === "SELECT" && widget && typeof widget.selectValue === "function") {
                widget.selectValue(value);
            } else {
                field.value = value;
            }
        });
        var notice = document.querySelector("[data-draft-notice='" + form.getAttribute("data-draft-key") + "']");
        if (notice) {
            notice.hidden = false;
        }
    }

    /** Drops every draft whose key the server has confirmed as saved. */
    function forgetSaved() {
        var store = storage();
        if (!store) {
            return;
        }
        document.querySelectorAll("[data-saved-key]").forEach(function (saved) {
            var savedKey = saved.getAttribute("data-saved-key");
            for (var i = store.length - 1; i >= 0; i--) {
                var name = store.key(i);
                if (name && name.indexOf(PREFIX) === 0) {
                    var draft = read(name);
                    if (!draft || draft.key === savedKey) {
                        store.removeItem(name);
                    }
                }
            }
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
        document.querySelectorAll("form[data-draft-key]").forEach(restore);
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
        });
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
