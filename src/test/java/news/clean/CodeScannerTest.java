package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeScannerTest {
    private static CodeScanner.Result scan(String s) {
        return CodeScanner.scan(s, 0, s.length());
    }

    @Test
    void plainProseHasNoCode() {
        assertNull(scan("The council voted on Tuesday to close the old bridge, officials said."));
    }

    @Test
    void minifiedCssIsCode() {
        CodeScanner.Result r = scan(".hdr{margin:0 auto;padding:4px}@media(max-width:600px){.hdr{display:none}}");
        assertTrue(r.allCode());
        assertEquals("leaked_css", r.reason());
    }

    @Test
    void cssBlobStartingMidRuleIsCode() {
        CodeScanner.Result r = scan("} repeat-x left top;border:1px solid #ccc}.nav a{color:#333;font-weight:bold}");
        assertTrue(r.allCode());
    }

    @Test
    void keyframesAreCss() {
        assertEquals("leaked_css", scan("@keyframes spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}").reason());
    }

    @Test
    void javascriptStatementIsCode() {
        CodeScanner.Result r = scan("window.pageConfig = {\"section\":\"sport\",\"ads\":true}; loadAds(window.pageConfig);");
        assertTrue(r.allCode());
    }

    @Test
    void jsonObjectIsJson() {
        CodeScanner.Result r = scan("{\"id\":17,\"title\":\"Storm warning\",\"tags\":[\"weather\",\"coast\"]}");
        assertTrue(r.allCode());
        assertEquals("leaked_json", r.reason());
    }

    @Test
    void longTokenWithoutSpacesIsCode() {
        CodeScanner.Result r = scan("aGVsbG8gd29ybGQgdGhpcyBpcyBhIHZlcnkgbG9uZyBiYXNlNjQgc3RyaW5nIHdpdGhvdXQgc3BhY2Vz");
        assertTrue(r.allCode());
        assertEquals("long_token", r.reason());
    }

    @Test
    void proseAfterCssIsCutAtTheBoundary() {
        String prose = "The mayor said the new library would open in the spring of next year.";
        String line = ".a{color:red}.b{margin:0}@media(min-width:9px){.c{top:0}} " + prose;
        CodeScanner.Result r = scan(line);
        assertEquals(prose, line.substring(r.proseStart(), r.proseEnd()));
    }

    @Test
    void proseBeforeScriptIsKept() {
        String prose = "Farmers in the valley expect a smaller harvest than last year because of the drought.";
        String line = prose + " (ads = window.ads || []).push({slot:'top'});";
        CodeScanner.Result r = scan(line);
        assertEquals(prose, line.substring(r.proseStart(), r.proseEnd()));
    }

    @Test
    void proseInsideJsonStringIsNotKept() {
        String line = "{\"body\":\"The river rose by two metres in a single night and the town was evacuated\",\"x\":{\"y\":1}}";
        assertTrue(scan(line).allCode());
    }

    @Test
    void jsonStringEscapesMakeTheLineCode() {
        assertTrue(scan("Before the sale, it\\u2019s important to plan the details of the deal.").allCode());
    }

    @Test
    void isolatedCodeLikeTokenInProseIsTolerated() {
        assertNull(scan("In the model, x=5 gives the highest yield of all the tested settings this year."));
    }

    @Test
    void lineCommentIsJavascript() {
        assertEquals("leaked_js", scan("// Configure the tracker before the page loads").reason());
    }
}
