package uk.fostering.safeguarding.notification;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SentNotificationRepository extends JpaRepository<SentNotification, String> {

    /** One update for the emails of a job, rather than a read and an update for each. */
    @Modifying
    @Query("update SentNotification n set n.status = :status, n.updatedAt = :now where n.key in :keys")
    void settle(Collection<String> keys, SentNotification.Status status, Instant now);
}
