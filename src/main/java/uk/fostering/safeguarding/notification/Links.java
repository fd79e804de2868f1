package uk.fostering.safeguarding.notification;

import org.springframework.stereotype.Component;

/** Links in emails and pages: to Tasklist, a task in it, a concern's page. References and ids only. */
@Component
public class Links {

    private final String baseUrl;

    public Links(ServiceAddress address) {
        this.baseUrl = address.baseUrl();
    }

    /** Tasklist's start page, where everyone finds their tasks. */
    public String tasklist() {
        return baseUrl + "/camunda/app/tasklist/default/";
    }

    public String task(String taskId) {
        return tasklist() + "#/?task=" + taskId;
    }

    /** A foster carer's own page of one step (carers work their steps there rather than in Tasklist). */
    public String carerStep(String taskId) {
        return baseUrl + "/carer/steps/" + taskId;
    }

    public String concern(String reference) {
        return baseUrl + "/concerns/" + reference;
    }

    /** A person's login in Admin (for administrators; others see their own profile there). */
    public String person(String userId) {
        return baseUrl + "/camunda/app/admin/default/#/users/edit/" + userId;
    }
}
