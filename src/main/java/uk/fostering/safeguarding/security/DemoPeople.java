package uk.fostering.safeguarding.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contract's demo people (default profile only): each password equals the user id, so they
 * must never exist where real children's data is kept.
 */
@ConfigurationProperties("safeguarding.demo")
public record DemoPeople(boolean enabled, List<Person> people) {

    public DemoPeople {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public record Person(String id, String firstName, String lastName, String group, String links) {
        public String email() {
            return id + "@example.org";
        }
    }
}
