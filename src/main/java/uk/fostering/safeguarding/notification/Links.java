package uk.fostering.safeguarding.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links in emails: to a task in Tasklist or to a concern's page. References and ids only. */
@Component
public class Links {

    private final String baseUrl;

    public Links(@Value("${safeguarding.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String task(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    public String concern(String reference) {
        return baseUrl + "/concerns/" + reference;
    }

    /** A person's login in Admin (for administrators; others see their own profile there). */
    public String person(String userId) {
        return baseUrl + "/camunda/app/admin/default/#/users/edit/" + userId;
    }
}
