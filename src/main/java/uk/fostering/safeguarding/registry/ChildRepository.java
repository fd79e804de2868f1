package uk.fostering.safeguarding.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChildRepository extends JpaRepository<Child, String> {

    @Query("select c.id from Child c where c.carerId = :carerId")
    List<String> idsPlacedWith(String carerId);

    List<Child> findByCarerIdOrderByFirstNameAscIdAsc(String carerId);

    @Query("select c.id from Child c where c.socialWorkerId = :socialWorkerId")
    List<String> idsAllocatedTo(String socialWorkerId);

    @Query("select c.id from Child c, Carer k where c.carerId = k.userId and k.sswId = :sswId")
    List<String> idsSupervisedBy(String sswId);
}
