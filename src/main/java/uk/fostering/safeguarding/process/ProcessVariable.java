package uk.fostering.safeguarding.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable that the models and the code share: its name and the Java type the code writes and
 * reads, so that a listener reads it without a cast and ModelContractTest can hold a DMN input's type
 * against it.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    /** The value seen from the scope (its own or a parent's), or null; a value of another type fails here, not later. */
    public T get(VariableScope scope) {
        return type.cast(scope.getVariable(name));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
