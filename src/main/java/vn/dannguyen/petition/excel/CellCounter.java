package vn.dannguyen.petition.excel;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Passes the sheet's XML on to POI's handler, counting the cells of each row: POI reports only cells with a
 * value, so a cell written without its reference ({@code <c>} with no {@code r}) takes its column from here,
 * empty cells before it included, as Excel counts them.
 */
final class CellCounter extends DefaultHandler {
    private final ContentHandler poi;
    private final TextBudget budget;
    private int column = -1;

    CellCounter(ContentHandler poi, TextBudget budget) {
        this.poi = poi;
        this.budget = budget;
    }

    /** The column of the cell being read, with or without its reference. */
    int column() {
        return column;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if ("row".equals(localName)) {
            column = -1;
        } else if ("c".equals(localName)) {
            String reference = attributes.getValue("r");
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
        }
        poi.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        poi.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        // A cell's own text (inline strings, numbers) is held until its row ends, and kept with the row.
        budget.spend(length);
        poi.characters(ch, start, length);
    }
}
