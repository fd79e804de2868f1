package uk.fostering.safeguarding.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A foster carer (a Camunda user) and the supervising social worker who supports them. */
@Entity
public class Carer {

    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "ssw_id")
    private String sswId;

    protected Carer() {
    }

    public Carer(String userId, String sswId) {
        this.userId = userId;
        this.sswId = sswId;
    }

    public String getUserId() {
        return userId;
    }

    public String getSswId() {
        return sswId;
    }
}
