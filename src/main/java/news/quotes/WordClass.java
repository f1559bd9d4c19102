package news.quotes;

import java.util.function.Predicate;

/**
 * Word classes of the curated lists, as asked of a token: {@code ROLES_BASE} is "the token's
 * {@link Frame.Token#base() base} is in {@link Lexicon#ROLES}". {@link Word} remembers the
 * answers, so a word met again (the common case) costs a bit test instead of a hash look-up.
 */
enum WordClass {
    ABBREVIATIONS_LOWER(Frame.ABBREVIATIONS::contains, false),
    ADVERBS_LOWER(Lexicon.ADVERBS::contains, false),
    AUDIENCES_LOWER(CueFinder.AUDIENCES::contains, false),
    CLAUSE_BREAKS_BASE(Lexicon.CLAUSE_BREAKS::contains, true),
    CLAUSE_BREAKS_LOWER(Lexicon.CLAUSE_BREAKS::contains, false),
    CLAUSE_OPENERS_LOWER(CueFinder.CLAUSE_OPENERS::contains, false),
    COUNTRIES_BASE(Entities.COUNTRIES::contains, true),
    COURTESY_BASE(Lexicon.COURTESY::contains, true),
    COURTESY_LOWER(Lexicon.COURTESY::contains, false),
    DETERMINERS_BASE(Lexicon.DETERMINERS::contains, true),
    DETERMINERS_LOWER(Lexicon.DETERMINERS::contains, false),
    FEMALE_NAMES_BASE(Lexicon.FEMALE_NAMES::contains, true),
    FEMALE_TITLES_BASE(Lexicon.FEMALE_TITLES::contains, true),
    FUNCTION_WORDS_BASE(Lexicon.FUNCTION_WORDS::contains, true),
    FUNCTION_WORDS_LOWER(Lexicon.FUNCTION_WORDS::contains, false),
    HONORIFICS_BASE(Lexicon.HONORIFICS::contains, true),
    INDIRECT_TRIGGERS_LOWER(w -> IndirectSpeech.TRIGGERS.contains(w), false),
    MALE_NAMES_BASE(Lexicon.MALE_NAMES::contains, true),
    MALE_TITLES_BASE(Lexicon.MALE_TITLES::contains, true),
    MEDIA_BASE(Lexicon.MEDIA::contains, true),
    MEDIA_LOWER(Lexicon.MEDIA::contains, false),
    NP_PREPOSITIONS_LOWER(CueFinder.NP_PREPOSITIONS::contains, false),
    OCCASIONS_LOWER(Lexicon.OCCASIONS::contains, false),
    ORG_HEADS_BASE(Lexicon.ORG_HEADS::contains, true),
    PARTICLES_LOWER(Entities.PARTICLES::contains, false),
    PLACE_TAILS_BASE(Lexicon.PLACE_TAILS::contains, true),
    PLACE_WORDS_BASE(Lexicon.PLACE_WORDS::contains, true),
    PLURAL_ROLES_BASE(Lexicon.PLURAL_ROLES::contains, true),
    POSSESSIVE_DETS_LOWER(CueFinder.POSSESSIVE_DETS::contains, false),
    PREPOSITIONS_LOWER(CueFinder.PREPOSITIONS::contains, false),
    PRONOUNS_LOWER(Lexicon.PRONOUNS::contains, false),
    READABLE_BASE(Lexicon.READABLE::contains, true),
    ROLES_BASE(Lexicon.ROLES::contains, true),
    SCARE_BEFORE_LOWER(CueFinder.SCARE_BEFORE::contains, false),
    VERBISH_LOWER(CueFinder.VERBISH::contains, false),
    WEEKDAYS_MONTHS_BASE(Lexicon.WEEKDAYS_MONTHS::contains, true),
    WEEKDAYS_MONTHS_LOWER(Lexicon.WEEKDAYS_MONTHS::contains, false),
    NATIONALITY_BASE(Lexicon::isNationality, true),
    /** the base is an inflected speech verb */
    CUE_FORM_BASE(w -> Lexicon.cueLemma(w) != null, true);

    final Predicate<String> test;
    /** whether the test looks at the base (no possessive ending) rather than the lower case */
    final boolean onBase;

    WordClass(Predicate<String> test, boolean onBase) {
        this.test = test;
        this.onBase = onBase;
    }
}
