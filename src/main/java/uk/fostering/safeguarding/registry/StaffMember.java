package uk.fostering.safeguarding.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A member of staff and their line manager: the first person an overdue task escalates to. */
@Entity
public class StaffMember {

    @Id
    @Column(name = "user_id")
    private String userId;
    private String team;
    @Column(name = "manager_id")
    private String managerId;

    protected StaffMember() {
    }

    public StaffMember(String userId, String team, String managerId) {
        this.userId = userId;
        this.team = team;
        this.managerId = managerId;
    }

    public String getUserId() {
        return userId;
    }

    public String getManagerId() {
        return managerId;
    }
}
