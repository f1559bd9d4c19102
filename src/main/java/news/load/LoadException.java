package news.load;

import java.io.IOException;

/**
 * A problem with one input; its message is a complete one-line error naming the input (made one
 * line here, whatever the parts it was built from contain: see {@link Messages#oneLine}).
 */
public class LoadException extends IOException {
    public LoadException(String message) {
        super(Messages.oneLine(message));
    }

    public LoadException(String message, Throwable cause) {
        super(Messages.oneLine(message), cause);
    }
}
