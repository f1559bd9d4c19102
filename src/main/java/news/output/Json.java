package news.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one configured Jackson mapper of the project. */
public final class Json {
    /**
     * Characters outside the BMP (emoji) are written as UTF-8, not as escaped surrogate pairs.
     * Every control character is escaped, DEL and C1 too (Jackson escapes only C0), and U+2028 /
     * U+2029 (as Go's encoder does): they are valid in JSON but split lines in JavaScript and in
     * line-splitting readers, and C1 controls drive terminals when the output is viewed.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(new ControlEscapes())
            // Strings as long as an input may be (Inputs.MAX_DECODED_BYTES, 1 GiB), not Jackson's
            // default of 20 M characters: a JSON line holding one long article is not an attack.
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxStringLength(1 << 30).build())
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    /** Jackson's standard escapes plus DEL, C1 (U+0080-U+009F), U+2028 and U+2029 as {@code \\uXXXX}. */
    static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();
        private final com.fasterxml.jackson.core.SerializableString[] high =
                new com.fasterxml.jackson.core.SerializableString[0xA0];
        private final com.fasterxml.jackson.core.SerializableString lineSeparator =
                new com.fasterxml.jackson.core.io.SerializedString("\\u2028");
        private final com.fasterxml.jackson.core.SerializableString paragraphSeparator =
                new com.fasterxml.jackson.core.io.SerializedString("\\u2029");

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
            for (int c = 0x80; c < 0xA0; c++) {
                high[c] = new com.fasterxml.jackson.core.io.SerializedString("\\u00" + "0123456789ABCDEF".charAt(c >> 4) + "0123456789ABCDEF".charAt(c & 15));
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if (ch < 0xA0) return high[ch];
            if (ch == 0x2028) return lineSeparator;
            if (ch == 0x2029) return paragraphSeparator;
            return null;
        }
    }
}
