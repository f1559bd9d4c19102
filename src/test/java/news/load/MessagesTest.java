package news.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void cleanMessageIsReturnedAsItIs() {
        String m = "crawl.warc: record at offset 12: truncated record, skipped — «ok» ÿ";
        assertSame(m, Messages.oneLine(m));
        assertNull(Messages.oneLine(null));
    }

    @Test
    void lineBreaksAndTabsBecomeOneSpace() {
        assertEquals("a: parse error at position 38: ty pe <<-- HERE", Messages.oneLine("a: parse error at position 38: ty\r\n\tpe\r<<-- HERE"));
        assertEquals("a b c d", Messages.oneLine("a\u2028b\u0085c\n\nd"));
        assertEquals("a b", Messages.oneLine("a \r\nb"));
    }

    @Test
    void otherControlsAreEscapedVisibly() {
        assertEquals("x.html: bad \\u001B[31mred \\u0000 \\u202Eevil", Messages.oneLine("x.html: bad \u001B[31mred \u0000 \u202Eevil"));
        assertEquals("\\u007F\\u009B", Messages.oneLine("\u007F\u009B"));
    }

    @Test
    void loadExceptionMessagesAreOneLine() {
        assertEquals("in\\u0007.txt: cannot read (Bad file\r\ndescriptor)".replace("\r\n", " "),
                new LoadException("in\u0007.txt: cannot read (Bad file\r\ndescriptor)").getMessage());
    }
}
