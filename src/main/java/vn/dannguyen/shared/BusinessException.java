package vn.dannguyen.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what the user asked for. It rolls the transaction back and is shown to
 * the user as the bundle message {@link #getMessageKey()} with {@link #getArguments()}, in their language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
