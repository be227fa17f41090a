package vn.dannguyen.petition;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Vietnamese text is indexed: split into syllables, lower-cased and folded to ASCII (ầ -> a, đ -> d),
 * so "cau ngo son" finds "cầu Ngô Sơn". Registered in persistence.xml. The folding gives the terms of
 * Lucene's "asciiFolding" filter, so an index built with that filter needs no rebuild.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer {

    public static final String TEXT = "vietnamese";
    public static final String CODE = "code";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(AsciiFoldingTableFilter.Factory.class);
        context.normalizer(CODE).custom()
                .tokenFilter("lowercase")
                .tokenFilter(AsciiFoldingTableFilter.Factory.class);
    }
}
