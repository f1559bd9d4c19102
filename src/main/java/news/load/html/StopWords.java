package news.load.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Function words of the languages news is most often written in. Running prose is full of them
 * (a third of its tokens or more); menus, share bars, tag clouds and link lists have almost none,
 * so their share tells a sentence from a label without knowing the page's language.
 */
final class StopWords {
    private static final Set<String> WORDS = new HashSet<>();

    static {
        String[] lists = {
            // English
            "a about after all also an and any are as at be been before but by can could did do does for from had has"
                    + " have he her here him his how i if in into is it its just me more most my no not now of on one"
                    + " only or other our out over said says she so some than that the their them then there these they"
                    + " this those through to up us was we were what when where which while who will with would you your",
            // German
            "aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer es für"
                    + " hat ich im in ist mit nach nicht noch nur oder sich sie sind so um und von vor war wie wir wird zu zum zur",
            // French
            "au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais ne nous on ou par pas"
                    + " pour qu que qui sa se ses son sont sur un une été être",
            // Spanish / Portuguese / Italian
            "al como con del el en es esta este las los más no para pero por que se su sus una uno y ya"
                    + " ao com da das do dos em foi mais na nas no nos o os para pela pelo que se um uma é"
                    + " che di gli il io nel nella non per si sono una della delle dei",
            // Dutch
            "de een het en is in van op te dat die niet met zijn voor er maar om ook als aan bij",
            // Russian / Ukrainian
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было"
                    + " вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас"
                    + " також та що це як не на він вона але від для про за із до його її їх",
        };
        for (String list : lists) for (String w : list.split(" ")) if (!w.isEmpty()) WORDS.add(w);
        long[] keys = WORDS.stream().mapToLong(w -> pack(w, 0, w.length())).filter(k -> k >= 0).sorted().toArray();
        ASCII_KEYS = keys;
    }

    /** The ASCII stop words packed 7 bits a character into a long, sorted: lookups without allocation. */
    private static final long[] ASCII_KEYS;

    /** Lower-cased ASCII word of at most 8 characters as a number; -1 for anything else. */
    private static long pack(CharSequence s, int start, int end) {
        if (end - start > 8) return -1;
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c >= 0x80) return -1;
            key = (key << 7) | c;
        }
        return key;
    }

    private StopWords() {}

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    static boolean isStopWord(CharSequence s, int start, int end) {
        if (end - start > 8) return false;
        long key = pack(s, start, end);
        if (key >= 0) return java.util.Arrays.binarySearch(ASCII_KEYS, key) >= 0;
        return WORDS.contains(s.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }
}
