package uk.fostering.safeguarding.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentNotificationRepository extends JpaRepository<SentNotification, String> {
}
