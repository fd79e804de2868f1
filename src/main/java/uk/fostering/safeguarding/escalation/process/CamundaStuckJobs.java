package uk.fostering.safeguarding.escalation.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.fostering.safeguarding.escalation.StuckJobs;
import uk.fostering.safeguarding.process.AsSystem;
import uk.fostering.safeguarding.process.ConcernProcess;
import uk.fostering.safeguarding.process.MissingProcess;

/** Open incidents of failed jobs, oldest first, with the concern reference of each (the business key). */
@Component
class CamundaStuckJobs implements StuckJobs {

    /** A concern's jobs run in its own process and in those of its missing episodes. */
    private static final Set<String> CONCERN_PROCESSES = Set.of(ConcernProcess.KEY, MissingProcess.KEY);

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final AsSystem asSystem;

    CamundaStuckJobs(RuntimeService runtimeService, RepositoryService repositoryService,
            ManagementService managementService, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.asSystem = asSystem;
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
        return incidents.stream().map(i -> stuckJob(i, references.getOrDefault(i.getProcessInstanceId(), ""))).toList();
    }

    /**
     * As the system: the manager asking may not update jobs in the engine (nobody but administrators may), and
     * the service has already checked that they may re-send. The due date is set to now, because the last failed
     * attempt left it at the end of the retry schedule's last gap (hours away).
     */
    @Override
    public Optional<StuckJob> retry(String jobId) {
        return asSystem.call(() -> {
            Incident incident = runtimeService.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                    .configuration(jobId).singleResult();
            if (incident == null || incident.getProcessInstanceId() == null) {
                return Optional.<StuckJob>empty();
            }
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(incident.getProcessInstanceId()).singleResult();
            if (instance == null || instance.getBusinessKey() == null
                    || !CONCERN_PROCESSES.contains(processKey(instance))) {
                return Optional.<StuckJob>empty();
            }
            managementService.setJobRetries(1).jobId(jobId).dueDate(ClockUtil.getCurrentTime()).execute();
            return Optional.of(stuckJob(incident, instance.getBusinessKey()));
        });
    }

    private String processKey(ProcessInstance instance) {
        return repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    }

    private StuckJob stuckJob(Incident incident, String reference) {
        return new StuckJob(incident.getConfiguration(), reference, stepName(incident),
                incident.getIncidentTimestamp().toInstant());
    }

    private String stepName(Incident incident) {
        var model = repositoryService.getBpmnModelInstance(incident.getProcessDefinitionId());
        var element = model.getModelElementById(incident.getActivityId());
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? incident.getActivityId() : name;
    }
}
