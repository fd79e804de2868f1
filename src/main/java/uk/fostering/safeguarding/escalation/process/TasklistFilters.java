package uk.fostering.safeguarding.escalation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.process.ConcernProcess.CodeVars;
import uk.fostering.safeguarding.registry.Roles;
import uk.fostering.safeguarding.security.process.Grants;
import uk.fostering.safeguarding.shared.StartupStep;

/**
 * Tasklist's left-hand lists, created once at start-up: everyone gets "My tasks" and "Due today";
 * managers also "Escalated" and "Overdue". The queries are stored with expressions, so each person
 * sees their own tasks and "today" is always today. With authorization on, a filter shows only to the
 * groups given READ on it; running it still shows only the tasks the person may see.
 */
@Component
@Order(3)
class TasklistFilters implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    static final String MY_TASKS = "My tasks";
    static final String DUE_TODAY = "Due today";
    static final String ESCALATED = "Escalated";
    static final String OVERDUE = "Overdue";

    private static final List<String> EVERYONE = List.of(Roles.CARERS, Roles.SSWS, Roles.SOCIAL_WORKERS,
            Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM, Roles.RETURN_INTERVIEWERS);
    private static final List<String> OVERSEERS = List.of(Roles.MANAGERS, Roles.EMERGENCY_DUTY_TEAM);

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    @Override
    public void run() {
        create(MY_TASKS, -10, "Tasks for you, most urgent first", mine().orderByTaskPriority().desc(), EVERYONE);
        create(DUE_TODAY, -5, "Your tasks due before the end of today",
                mine().dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}")
                        .orderByDueDate().asc(), EVERYONE);
        create(ESCALATED, 0, "Tasks that were escalated because nobody acknowledged or finished them in time",
                taskService.createTaskQuery().taskVariableValueGreaterThan(CodeVars.ESCALATION_LEVEL.name(), 0)
                        .orderByDueDate().asc(), OVERSEERS);
        create(OVERDUE, 5, "Tasks past their due date, oldest first",
                taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), OVERSEERS);
    }

    private TaskQuery mine() {
        return taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks();
    }

    private void create(String name, int priority, String description, TaskQuery query, List<String> groups) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("priority", priority);
            properties.put("description", description);
            properties.put("refresh", true);
            filter = filterService.saveFilter(filterService.newTaskFilter(name).setQuery(query).setProperties(properties));
            log.info("Created Tasklist filter '{}'", name);
        }
        String id = filter.getId();
        groups.forEach(group -> grants.toGroup(group, Resources.FILTER, id, Permissions.READ));
    }
}
