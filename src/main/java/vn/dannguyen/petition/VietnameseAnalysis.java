package vn.dannguyen.petition;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Vietnamese text is indexed: split into syllables, lower-cased and folded to ASCII (ầ -> a, đ -> d),
 * so "cau ngo son" finds "cầu Ngô Sơn". Registered in persistence.xml.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    public static final String TEXT = "vietnamese";
    public static final String CODE = "code";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(CODE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
