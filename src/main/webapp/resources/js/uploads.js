/*
 * A file above a page's stated limit (20 MB) is refused here, before it is sent, with the page's own message:
 * the server refuses it too (web.xml's multipart-config), but by ending the request, which leaves the clerk
 * nothing to read. Called as a file upload's onAdd (this = the widget).
 */
window.dnUploads = {
    withinLimit: function (widget, file, add, maxBytes, message) {
        if (file.size > maxBytes) {
            widget.showMessage({summary: message.replace('{0}', file.name), detail: ''});
            return;
        }
        add(file);
    }
};
