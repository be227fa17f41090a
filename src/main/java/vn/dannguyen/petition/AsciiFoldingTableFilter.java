package vn.dannguyen.petition;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's ASCII folding (ầ -> a, đ -> d), giving exactly the terms of {@link ASCIIFoldingFilter}, read from a
 * table.
 *
 * <p>Why: Lucene folds with one switch of 14 KB of bytecode, above the 8 KB that HotSpot compiles
 * ({@code -XX:+DontCompileHugeMethods}), so it always runs in the interpreter. Nearly every Vietnamese
 * syllable has a diacritic, and that interpreted switch was a third of the index's work in an import
 * (docs/benchmarks/ascii-folding-and-import-ids.md). The table is filled once from Lucene's own method. The few
 * chars that fold to several (æ -> ae, ⑽ -> (10)) still go through Lucene's method.
 */
public final class AsciiFoldingTableFilter extends TokenFilter {

    /** Each char's folding where it is a single char; 0 where it folds to several. */
    private static final char[] SINGLE = singleCharFoldings();

    private static char[] singleCharFoldings() {
        char[] single = new char[Character.MAX_VALUE + 1];
        char[] in = new char[1];
        char[] out = new char[4]; // Lucene's longest folding of one char, as its own buffer assumes
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            in[0] = (char) c;
            single[c] = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1) == 1 ? out[0] : 0;
        }
        return single;
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public AsciiFoldingTableFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= '\u0080') {
                char folded = SINGLE[c];
                if (folded == 0) {
                    foldWithLucene(buffer, length);
                    return true;
                }
                buffer[i] = folded;
            }
        }
        return true;
    }

    /**
     * The rare token with a char that folds to several: Lucene folds all of it (the chars before it are folded
     * already, and folding a folded char gives it back unchanged).
     */
    private void foldWithLucene(char[] buffer, int length) {
        char[] out = new char[4 * length];
        int outLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, out, 0, length);
        term.copyBuffer(out, 0, outLength);
    }

    /** Named in {@link VietnameseAnalysis} by its class; Hibernate Search creates it with its parameters. */
    public static final class Factory extends TokenFilterFactory {

        public static final String NAME = "asciiFoldingTable";

        public Factory(Map<String, String> args) {
            super(args);
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("Unknown parameters: " + args);
            }
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new AsciiFoldingTableFilter(input);
        }

        /** Folds query terms of prefix and wildcard queries too, as Lucene's folding factory does. */
        @Override
        public TokenStream normalize(TokenStream input) {
            return create(input);
        }
    }
}
