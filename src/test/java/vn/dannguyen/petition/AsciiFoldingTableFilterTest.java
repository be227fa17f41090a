package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The table gives the terms Lucene's own folding gives, for every char, so no index needs rebuilding. */
class AsciiFoldingTableFilterTest {

    private final Analyzer lucene = keywordThen(ASCIIFoldingFilter::new);
    private final Analyzer table = keywordThen(AsciiFoldingTableFilter::new);

    @Test
    void everyCharFoldsAsLuceneFoldsIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String token = "x" + (char) c + "y";
            assertEquals(terms(lucene, token), terms(table, token), () -> "U+" + Integer.toHexString(token.charAt(1)));
        }
    }

    @Test
    void runsOfCharsFoldAsLuceneFoldsThem() {
        // Runs of 97 consecutive chars put the chars that fold to several (æ, ß, ⑽) after and before others.
        for (int from = 0; from <= Character.MAX_VALUE; from += 97) {
            StringBuilder token = new StringBuilder();
            for (int c = from; c < Math.min(from + 97, Character.MAX_VALUE + 1); c++) {
                token.append((char) c);
            }
            assertEquals(terms(lucene, token.toString()), terms(table, token.toString()), "from U+" + Integer.toHexString(from));
        }
    }

    @Test
    void vietnameseTextFoldsAsLuceneFoldsIt() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
                + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐbcghklmnpqrstvx"
                + "æœßﬁ⑽";
        Random random = new Random(20260701);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                token.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertEquals(terms(lucene, token.toString()), terms(table, token.toString()), token.toString());
        }
        assertEquals(List.of("cau ngo son, duong lien thon"), terms(table, "cầu Ngô Sơn, đường liên thôn".toLowerCase()));
    }

    @Test
    void prefixAndWildcardTermsAreFoldedToo() {
        Analyzer normalizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, source);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new AsciiFoldingTableFilter.Factory(new HashMap<>()).normalize(in);
            }
        };
        assertEquals(new BytesRef("duong ca"), normalizer.normalize("content", "đường cá"));
    }

    private static Analyzer keywordThen(UnaryOperator<TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("content", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
