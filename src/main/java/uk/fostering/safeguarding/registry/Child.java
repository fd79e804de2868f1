package uk.fostering.safeguarding.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.Period;

/** A child placed with a foster carer. Name and date of birth never leave the service's own pages. */
@Entity
public class Child {

    @Id
    private String id;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    @Column(name = "carer_id")
    private String carerId;
    @Column(name = "social_worker_id")
    private String socialWorkerId;

    protected Child() {
    }

    public Child(String id, String firstName, String lastName, LocalDate dateOfBirth, String carerId,
            String socialWorkerId) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.carerId = carerId;
        this.socialWorkerId = socialWorkerId;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getId() {
        return id;
    }

    public String getCarerId() {
        return carerId;
    }

    public String getSocialWorkerId() {
        return socialWorkerId;
    }
}
