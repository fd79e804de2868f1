package uk.fostering.safeguarding.process;

import java.util.Set;

/**
 * A Tasklist form ({@code forms/<id>.form}) and the keys of its fields: the variables it submits. A start event
 * or user task names it by {@code camunda:formRef}; ModelContractTest holds the file, the models and this
 * list against one another.
 */
public record ProcessForm(String id, Set<String> fields) {

    public ProcessForm(String id, String... fields) {
        this(id, Set.of(fields));
    }

    /** A form with a date and time typed in parts (day, month, year, time) besides its other fields. */
    public ProcessForm(String id, FormDateTime when, String... fields) {
        this(id, FormDateTime.with(Set.of(fields), when));
    }
}
