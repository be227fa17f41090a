package vn.dannguyen.petition.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import vn.dannguyen.shared.VietnameseText;

/** Suggests common languages as the clerk types, ignoring diacritics ("san diu" offers "Tiếng Sán Dìu"). */
@Named
@ApplicationScoped
public class PetitionLanguageCompletion {

    public List<String> complete(String typed) {
        String wanted = VietnameseText.fold(typed == null ? "" : typed);
        return PetitionLanguages.COMMON.stream().filter(language -> VietnameseText.fold(language).contains(wanted)).toList();
    }

}
