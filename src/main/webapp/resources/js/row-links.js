/*
 * A table marked "opens-rows" opens a row's record when the row is clicked anywhere, as its link in the first
 * column (a.row-open) does; the link itself is what the keyboard and screen readers use. A click on another
 * link, a button, a field or a selection box in the row keeps its own meaning, and a text selection is left be.
 */
document.addEventListener('click', function (event) {
    var row = event.target.closest('table.opens-rows tbody tr, .opens-rows table tbody tr');
    if (!row || event.target.closest('a, button, input, select, textarea, label, .ui-chkbox')) {
        return;
    }
    if (window.getSelection && String(window.getSelection()).length > 0) {
        return;
    }
    var link = row.querySelector('a.row-open');
    if (!link) {
        return;
    }
    if (event.ctrlKey || event.metaKey) {
        window.open(link.href, '_blank');
    } else {
        window.location.href = link.href;
    }
});

/*
 * PrimeFaces' table cell navigation answers Enter in a cell with a jQuery click on the cell's first link, which
 * does not follow it (jQuery never runs a link's own action): a plain link in a table cell is followed here
 * instead. Links that act by script (command links, "#") keep theirs.
 */
if (window.jQuery) {
    window.jQuery(document).on('click', '.ui-datatable td a[href]', function (event) {
        var href = this.getAttribute('href');
        if (!event.originalEvent && !this.onclick && href.charAt(0) !== '#' && href.indexOf('javascript:') !== 0) {
            window.location.href = this.href;
        }
    });
}
