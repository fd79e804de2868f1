package uk.fostering.safeguarding.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A service-wide role held by one person, such as the registered manager. */
@Entity
public class ServiceRole {

    public static final String REGISTERED_MANAGER = "REGISTERED_MANAGER";

    @Id
    private String role;
    @Column(name = "user_id")
    private String userId;

    protected ServiceRole() {
    }

    public ServiceRole(String role, String userId) {
        this.role = role;
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }
}
