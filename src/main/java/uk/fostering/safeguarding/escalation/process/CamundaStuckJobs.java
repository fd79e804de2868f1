package uk.fostering.safeguarding.escalation.process;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.StuckJobs;

/** Open incidents of failed jobs, oldest first, with the concern reference of each (the business key). */
@Component
class CamundaStuckJobs implements StuckJobs {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    CamundaStuckJobs(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** The dashboard lists at most this many: more would mean something else is broken, and Cockpit shows them all. */
    private static final int SHOWN = 100;

    @Override
    public List<StuckJob> open() {
        List<Incident> incidents = runtimeService.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().asc().listPage(0, SHOWN);
        if (incidents.isEmpty()) {
            return List.of();
        }
        Map<String, String> references = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()))
                .listPage(0, SHOWN).stream().collect(Collectors.toMap(ProcessInstance::getId,
                        p -> p.getBusinessKey() == null ? "" : p.getBusinessKey(), (a, b) -> a));
        return incidents.stream().map(i -> new StuckJob(references.getOrDefault(i.getProcessInstanceId(), ""),
                stepName(i), i.getIncidentTimestamp().toInstant())).toList();
    }

    private String stepName(Incident incident) {
        var model = repositoryService.getBpmnModelInstance(incident.getProcessDefinitionId());
        var element = model.getModelElementById(incident.getActivityId());
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? incident.getActivityId() : name;
    }
}
