package vn.dannguyen.petition.excel;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (the text of most cells), as plain text. POI's ReadOnlySharedStringsTable
 * reads the same XML but turns each string into an XML-bean rich text when a cell asks for it, which took
 * half the reading of a sheet of 5,000 rows; a sheet's cells need only the text. As the cell's value is:
 * the runs of a rich text joined, phonetic guides ({@code rPh}, which POI's table appends by default) left out.
 */
final class SharedStringsText extends DefaultHandler implements SharedStrings {

    /** What one shared string costs the budget beyond its characters: about the heap of an empty String in a list. */
    static final int STRING_OVERHEAD_CHARS = 24;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final TextBudget budget;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsText(TextBudget budget) {
        this.budget = budget;
    }

    static SharedStrings of(OPCPackage excel, TextBudget budget) throws IOException, SAXException, ParserConfigurationException {
        SharedStringsText table = new SharedStringsText(budget);
        List<PackagePart> parts = excel.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (PushbackInputStream xml = new PushbackInputStream(parts.get(0).getInputStream(), 1)) {
                int first = xml.read();
                if (first != -1) { // an empty part holds no strings, as POI's table reads it
                    xml.unread(first);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(table);
                    parser.parse(new InputSource(xml));
                }
            }
        }
        return table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "si" -> {
                // Each string costs its list entry and object besides its characters: a million empty ones count.
                budget.spend(STRING_OVERHEAD_CHARS);
                strings.add(decoded(text.toString()));
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText && !inPhonetic) {
            budget.spend(length);
            text.append(ch, start, length);
        }
    }

    /**
     * Excel writes characters XML cannot hold as {@code _xHHHH_} ({@code _x000D_} for a carriage return in
     * text pasted from Windows); POI's rich text decodes them, so the rare string that has one goes through it.
     */
    private static String decoded(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }

    @Override
    public RichTextString getItemAt(int index) {
        return new HSSFRichTextString(strings.get(index));
    }

    /** The number of strings; POI's table gives the file's count of uses here, which no reader of a sheet asks for. */
    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }
}
