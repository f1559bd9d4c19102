package news.load;

import java.io.IOException;

/** A problem with one input; its message is a complete one-line error naming the input. */
public class LoadException extends IOException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
