package vn.dannguyen.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A state machine as a table of allowed steps: from a status, an action leads to a status; anything not in
 * the table is refused with a message naming the action and the status (their bundle keys are the given
 * prefixes followed by the constant's name). Petitions and mediation cases each keep one.
 */
public final class StepTable<S extends Enum<S>, A extends Enum<A>> {

    private final Map<S, Map<A, S>> next;
    private final Class<A> actionType;
    private final String refusalKey;
    private final String actionKeyPrefix;
    private final String statusKeyPrefix;

    private StepTable(Class<S> statusType, Class<A> actionType, String refusalKey, String actionKeyPrefix,
                      String statusKeyPrefix) {
        this.next = new EnumMap<>(statusType);
        this.actionType = actionType;
        this.refusalKey = refusalKey;
        this.actionKeyPrefix = actionKeyPrefix;
        this.statusKeyPrefix = statusKeyPrefix;
    }

    /**
     * An empty table; fill it with {@link #allow} while the owning class initialises.
     *
     * @param refusalKey the message for a step not in the table, with the action and the status as arguments
     */
    public static <S extends Enum<S>, A extends Enum<A>> StepTable<S, A> of(Class<S> statusType, Class<A> actionType,
            String refusalKey, String actionKeyPrefix, String statusKeyPrefix) {
        return new StepTable<>(statusType, actionType, refusalKey, actionKeyPrefix, statusKeyPrefix);
    }

    public StepTable<S, A> allow(S from, A action, S to) {
        next.computeIfAbsent(from, status -> new EnumMap<>(actionType)).put(action, to);
        return this;
    }

    /** The status after {@code action}, or a refusal naming the action and where things stand. */
    public S next(S from, A action) {
        S to = next.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new BusinessException(refusalKey, actionKeyPrefix + action.name(), statusKeyPrefix + from.name());
        }
        return to;
    }

    /** What may be done in {@code status}. */
    public Set<A> allowed(S status) {
        return Collections.unmodifiableSet(next.getOrDefault(status, Map.of()).keySet());
    }
}
