package uk.fostering.safeguarding.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.fostering.safeguarding.IntegrationTest;
import uk.fostering.safeguarding.TestConcerns;

@IntegrationTest
class TasklistFiltersTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void filtersExistOnceAndMyTasksShowsEachPersonTheirOwn() {
        FilterService filters = engine.getFilterService();
        for (String name : new String[] {"My tasks", "Due today", "Escalated", "Overdue"}) {
            assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        TestConcerns tasklist = new TestConcerns(engine);
        String reference = tasklist.raiseInTasklist("carol", TestConcerns.startForm("C-1002", "Came back with cash"))
                .getBusinessKey();
        Filter mine = filters.createFilterQuery().filterName("My tasks").singleResult();

        // a person's lists are paged (unbounded lists are refused); narrowed to this concern, one page holds them all
        var thisConcern = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference);
        java.util.List<Task> carols = tasklist.as("carol", () -> filters.<Task, org.camunda.bpm.engine.task.TaskQuery>listPage(
                mine.getId(), thisConcern, 0, 50));
        java.util.List<Task> franks = tasklist.as("frank", () -> filters.<Task, org.camunda.bpm.engine.task.TaskQuery>listPage(
                mine.getId(), thisConcern, 0, 50));

        String recordTask = tasklist.openTask(reference, "Task_RecordConcern").getId();
        assertThat(carols).extracting(Task::getId).contains(recordTask);
        assertThat(franks).extracting(Task::getId).doesNotContain(recordTask);
        assertThat((Map<String, Object>) mine.getProperties()).containsKey("description");
    }
}
