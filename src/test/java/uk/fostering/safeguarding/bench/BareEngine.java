package uk.fostering.safeguarding.bench;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline: a plain Camunda engine on the same kind of database, no Spring, no listeners, no delegates,
 * history FULL as the app. Its model has the app's shape for one concern up to its first wait state: a start, a
 * user task offered to one candidate, and a non-interrupting escalation timer leading to an async service task
 * (two jobs per escalation, as in the app). Stubbing the real model instead would still run its DMN, call
 * activity and expressions against missing beans; this model is the engine's floor for "a concern waits at a
 * task with an escalation timer", which is what the app's figures are divided by. The bare webapp peer
 * ({@link uk.fostering.bench.peer.BareWebapp}) deploys the same model and starts it with the same
 * variables over its REST API.
 */
public final class BareEngine implements AutoCloseable {

    public static final String KEY = "bareConcern";
    private static final String TIMER = "bareEscalation";
    private static final String NAIVE_TASK = "naiveEscalated";

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private int started;
    private int seededTasks;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
        this.jdbc = new JdbcTemplate(engine.getProcessEngineConfiguration().getDataSource());
    }

    /** An engine on the given database (Spring Boot datasource settings) with the app's job-executor pool and polling. */
    static BareEngine start(String name, Map<String, Object> datasource, int waitMillis, int maxWaitMillis, int coreThreads,
            int maxThreads, int connections) {
        String url = (String) datasource.get("spring.datasource.url");
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        jobs.setCorePoolSize(coreThreads);
        jobs.setMaxPoolSize(maxThreads);
        jobs.setWaitTimeInMillis(waitMillis);
        jobs.setMaxWait(maxWaitMillis);
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        // the app's pool (Hikari, as many connections), not MyBatis's own, which reclaimed connections held past 20 s
        // under 32 threads on a loaded machine and failed the run
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername((String) datasource.getOrDefault("spring.datasource.username", "sa"));
        pool.setPassword((String) datasource.getOrDefault("spring.datasource.password", ""));
        pool.setMaximumPoolSize(connections);
        config.setProcessEngineName(name)
                .setDataSource(pool)
                // Spring Boot's starter default, as in the app; the standalone default fetches id blocks on a second
                // connection, which deadlocked 32 threads on a pool of 20
                .setIdGenerator(new StrongUuidGenerator())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        config.setJobExecutor(jobs);
        ProcessEngine engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model()).deploy();
        return new BareEngine(engine);
    }

    /** One concern up to its first wait state: a task for the carer with a non-interrupting escalation timer. */
    public static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("record").name("Record the concern").camundaCandidateUsers("${carer}")
                .boundaryEvent(TIMER).cancelActivity(false).timerWithDuration("PT1H")
                .serviceTask("escalate").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent()
                .moveToActivity("record").endEvent()
                .done();
    }

    /** Starts {@code count} instances on {@code threads} threads, with variables like a concern's; answers instances/s. */
    double startInstances(int threads, int count) {
        int first = started;
        started += count;
        return Timing.rate(threads, count, i -> engine.getRuntimeService().startProcessInstanceByKey(KEY,
                "BARE-" + (first + i), variables(i)));
    }

    /** The variables of the {@code i}-th instance, like a concern's. */
    static Map<String, Object> variables(int i) {
        return Map.of("carer", "carol", "childId", i % 2 == 0 ? "C-1001" : "C-1002",
                "category", "CCE", "summary", "Came home with cash and a second phone");
    }

    /** Tops the open instances up to {@code count}, unmeasured. */
    void ensureInstances(int count) {
        if (started < count) {
            startInstances(8, count - started);
        }
    }

    /** Makes every escalation timer due at once, runs the job executor until no job is left, answers escalations/s. */
    double escalateAll() {
        int due = jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where HANDLER_TYPE_ = 'timer-transition'",
                Timestamp.from(Instant.now()));
        long start = System.nanoTime();
        jobExecutor().start();
        try {
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> engine.getManagementService().createJobQuery().executable().count() == 0);
            return due / Timing.seconds(start);
        } finally {
            jobExecutor().shutdown();
        }
    }

    /**
     * Tops the escalated tasks up to {@code count}: standalone tasks with the variables a naive dashboard would
     * read (reference, step, responsible, level, deadline), written with JDBC batches so that setup stays fast.
     */
    void seedEscalatedTasks(int count, Instant now) {
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> variables = new ArrayList<>();
        for (int i = seededTasks; i < count; i++) {
            String id = "naive-" + i;
            Timestamp deadline = Timestamp.from(now.plus(Duration.ofHours(i % 10 == 0 ? -(i % 48) - 1 : (i % 48) + 1)));
            tasks.add(new Object[] {id, "Record the concern", NAIVE_TASK, Timestamp.from(now), deadline});
            variables.add(new Object[] {id + "-r", "string", "reference", id, "SC-" + i, null});
            variables.add(new Object[] {id + "-s", "string", "step", id, "Task_RecordConcern", null});
            variables.add(new Object[] {id + "-p", "string", "responsible", id, "carol", null});
            variables.add(new Object[] {id + "-l", "integer", "level", id, null, 1L});
            variables.add(new Object[] {id + "-d", "date", "deadline", id, null, deadline.getTime()});
        }
        jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, "
                + "SUSPENSION_STATE_) values (?, 1, ?, ?, 50, ?, ?, 1)", tasks);
        jdbc.batchUpdate("insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, TASK_ID_, TEXT_, LONG_, VAR_SCOPE_, "
                + "SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) values (?, 1, ?, ?, ?, ?, ?, ?, 1, false)",
                variables.stream().map(v -> new Object[] {v[0], v[1], v[2], v[3], v[4], v[5], v[3]}).toList());
        seededTasks = Math.max(seededTasks, count);
    }

    /** The seeded tables as a live database would hold them (see {@link Benchmark#asAutovacuumLeavesIt}). */
    void asAutovacuumLeavesIt(String db) {
        Benchmark.asAutovacuumLeavesIt(db, jdbc, "act_ru_task", "act_ru_variable");
    }

    /** The dashboard the naive way: every escalated task from a TaskQuery, then each task's variables. */
    List<Map<String, Object>> naiveBoard() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Task task : engine.getTaskService().createTaskQuery().taskDefinitionKey(NAIVE_TASK).list()) {
            Map<String, Object> variables = engine.getTaskService().getVariables(task.getId());
            if (((Integer) variables.get("level")) >= 1) {
                rows.add(variables);
            }
        }
        rows.sort(Comparator.comparing(row -> (java.util.Date) row.get("deadline")));
        return rows;
    }

    private org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    @Override
    public void close() {
        engine.close();
    }
}
