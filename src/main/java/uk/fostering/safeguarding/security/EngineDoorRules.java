package uk.fostering.safeguarding.security;

import java.util.List;

/**
 * Which calls the engine's HTTP doors accept, decided on the method and path alone (README, "The
 * engine's doors"). People who are not administrators get only what Tasklist calls and the documented
 * integration needs (working tasks through {@code /engine-rest}); everything else answers 403 before
 * the engine is asked, so nothing changes and nothing tells what exists. Some calls are refused to
 * everyone, administrators included, and some are let through only once their body has been checked.
 */
final class EngineDoorRules {

    enum Verdict {
        ALLOW,
        FORBIDDEN,
        /** A start form submitted: its variables must be the form's fields. */
        START_FORM,
        /** A task completed: its variables must be the task form's fields. */
        TASK_FORM,
        /** A filter created or changed: its query may hold only allow-listed expressions. */
        FILTER_BODY,
        /** A stored filter run: the stored query (and any extending query) only allow-listed expressions. */
        FILTER_RUN,
        /** An authorization created or changed: never on concern content or deployments. */
        AUTHORIZATION_BODY,
        /** An ad-hoc query: no expression at all. */
        QUERY_BODY
    }

    /** The queries people may send in a body (Tasklist's task list, Cockpit's lists). */
    private static final List<String> QUERIES = List.of("task", "task/count", "process-instance", "process-instance/count",
            "history/task", "history/task/count", "history/process-instance", "history/process-instance/count");

    /**
     * What people use, as {@code METHOD path} with {@code *} for one segment: Tasklist's own calls
     * (recorded from its browser tests for every role) and task work through {@code /engine-rest}.
     */
    static final List<String> PEOPLE = List.of(
            "GET engine", "GET version",
            // the task list, a task, its form, claiming, handing over (managers), completing
            "GET task", "POST task", "GET task/count", "POST task/count", "GET task/*",
            "GET task/*/form", "GET task/*/deployed-form", "GET task/*/rendered-form", "GET task/*/form-variables",
            "POST task/*/claim", "POST task/*/unclaim", "POST task/*/assignee",
            // comments are read, not written: what people write about a child goes into the concern record, never
            // into the engine's tables
            "GET task/*/identity-links", "GET task/*/comment", "GET task/*/comment/*",
            // Tasklist's left-hand lists
            "GET filter", "GET filter/count", "GET filter/*",
            // the start forms ("Start process") and the diagram of a task's process
            "GET process-definition", "GET process-definition/count", "GET process-definition/*",
            "GET process-definition/key/*", "GET process-definition/*/xml", "GET process-definition/key/*/xml",
            "GET process-definition/*/startForm", "GET process-definition/key/*/startForm",
            "GET process-definition/*/deployed-start-form", "GET process-definition/key/*/deployed-start-form",
            "GET process-definition/*/rendered-form", "GET process-definition/key/*/rendered-form",
            "GET process-definition/*/form-variables", "GET process-definition/key/*/form-variables",
            // reads the engine's grants limit to the caller's own concerns
            // (managers' Cockpit reads the same, and its incidents)
            "GET process-instance", "POST process-instance", "GET process-instance/count", "POST process-instance/count",
            "GET process-instance/*", "GET process-instance/*/activity-instances",
            "GET history/task", "POST history/task", "GET history/task/count", "POST history/task/count",
            "GET history/process-instance", "POST history/process-instance", "GET history/process-instance/count",
            "POST history/process-instance/count", "GET history/process-instance/*", "GET history/activity-instance",
            "GET history/activity-instance/count", "GET history/user-operation", "GET history/user-operation/count",
            "GET history/identity-link-log", "GET incident", "GET incident/count",
            // who a task is with, and the signed-in person's own profile and groups
            "GET user", "GET user/count", "GET user/*/profile", "GET group", "GET group/count", "GET identity/groups",
            // the Welcome app's "My profile": a person's own name, email and password (the engine grants each person
            // UPDATE on their own user only; IdentityChanges audits the change)
            "PUT user/*/profile", "PUT user/*/credentials", "GET identity/password-policy", "POST identity/password-policy");

    private EngineDoorRules() {
    }

    static Verdict decide(EnginePath path, boolean administrator) {
        Verdict verdict = forEveryone(path);
        if (verdict == Verdict.ALLOW && QUERIES.stream().anyMatch(query -> path.is("POST", query))) {
            verdict = Verdict.QUERY_BODY;
        }
        if (verdict == Verdict.FORBIDDEN || administrator) {
            return verdict;
        }
        if (verdict == Verdict.ALLOW) {
            // service-wide counts tell what happens to children who are not the caller's
            if (path.segments().contains("statistics") || path.segments().contains("report")) {
                return Verdict.FORBIDDEN;
            }
            // OPTIONS lists what the engine's grants let the caller do with a resource (Tasklist asks it of /filter)
            if (path.method().equals("OPTIONS")) {
                return Verdict.ALLOW;
            }
            return PEOPLE.stream().anyMatch(rule -> path.is(rule.substring(0, rule.indexOf(' ')),
                    rule.substring(rule.indexOf(' ') + 1))) ? Verdict.ALLOW : Verdict.FORBIDDEN;
        }
        // people submit forms and run filters; they do not create filters or grants, nor resolve delegated tasks
        boolean people = verdict == Verdict.START_FORM || verdict == Verdict.FILTER_RUN || verdict == Verdict.QUERY_BODY
                || verdict == Verdict.TASK_FORM && !path.last().equals("resolve");
        return people ? verdict : Verdict.FORBIDDEN;
    }

    /** The rules that hold for administrators too; ALLOW means "then as for the caller's role". */
    private static Verdict forEveryone(EnginePath path) {
        String method = path.method();
        // deployments come only from the application's own resources at start-up
        if (path.startsWith("deployment") && (path.is("POST", "deployment/create") || path.is("POST", "deployment/*/redeploy")
                || path.is("DELETE", "deployment/*"))) {
            return Verdict.FORBIDDEN;
        }
        // a child is reported missing or back through the service's API, which checks who may; the same
        // answer whether or not the reference exists
        if (path.startsWith("message") || path.startsWith("signal") || path.startsWith("condition")) {
            return Verdict.FORBIDDEN;
        }
        if (path.startsWith("process-definition") && method.equals("POST")) {
            // no tenants here: a tenant's definition is nothing the service deployed
            if (path.segments().contains("tenant-id")) {
                return Verdict.FORBIDDEN;
            }
            // a concern or a missing report starts only through its start form or /api, never with variables of the caller's choosing
            if (path.last().equals("start") || path.last().equals("restart")) {
                return Verdict.FORBIDDEN;
            }
            if (path.last().equals("submit-form")) {
                return Verdict.START_FORM;
            }
        }
        if (path.startsWith("task") && method.equals("POST") && path.segments().size() == 3
                && List.of("complete", "submit-form", "resolve").contains(path.last())) {
            return Verdict.TASK_FORM;
        }
        if (path.startsWith("filter")) {
            if (path.is("POST", "filter/create") || path.is("PUT", "filter/*")) {
                return Verdict.FILTER_BODY;
            }
            if (path.segments().size() == 3 && List.of("list", "count", "singleResult").contains(path.last())
                    && (method.equals("GET") || method.equals("POST"))) {
                return Verdict.FILTER_RUN;
            }
        }
        if (path.is("POST", "authorization/create") || path.is("PUT", "authorization/*")) {
            return Verdict.AUTHORIZATION_BODY;
        }
        return Verdict.ALLOW;
    }
}
