package uk.fostering.safeguarding.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Holds the models ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn}) and forms ({@code forms/*.form}) against the
 * catalogue ({@link ConcernProcess}, {@link MissingProcess}, {@link NotifiableProcess}) and the application's {@code @Component} names, and
 * lists every disagreement as "file, element: what". Read as plain XML and JSON, so that an attribute the model
 * API would not show (or a typo in one) is seen as well.
 */
final class ModelContract {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** An identifier that starts a path: not a property after a dot; quoted text is blanked first. */
    private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(\\s*\\()?");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)");
    /** JUEL's words and what the engine itself puts in an expression's context. */
    private static final Set<String> BUILT_IN = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId");
    private static final Map<String, Class<?>> DMN_TYPES = Map.of("string", String.class, "boolean", Boolean.class,
            "integer", Integer.class, "long", Long.class, "double", Double.class, "date", java.util.Date.class);

    /** What the code defines: the catalogue's names and the Spring components found on the classpath. */
    record Catalogue(Map<String, Class<?>> variables, Set<String> beans, Map<String, Set<String>> forms,
            Set<String> ids, Set<String> messages, Set<String> components) {

        static Catalogue ofCode() {
            Map<String, Class<?>> variables = new HashMap<>();
            Set<String> beans = new HashSet<>();
            Map<String, Set<String>> forms = new HashMap<>();
            Set<String> ids = new HashSet<>();
            Set<String> messages = new HashSet<>();
            for (Class<?> process : List.of(ConcernProcess.class, MissingProcess.class, NotifiableProcess.class,
                    AllegationProcess.class)) {
                constants(process, String.class).forEach(ids::add);
                constants(nested(process, "Vars"), ProcessVariable.class).forEach(v -> variables.put(v.name(), v.type()));
                constants(nested(process, "Forms"), ProcessForm.class).forEach(f -> forms.put(f.id(), f.fields()));
                constants(nested(process, "Beans"), String.class).forEach(beans::add);
                constants(nested(process, "Ids"), String.class).forEach(ids::add);
            }
            constants(ConcernProcess.Inputs.class, ProcessVariable.class).forEach(v -> variables.put(v.name(), v.type()));
            constants(ConcernProcess.Messages.class, String.class).forEach(messages::add);
            constants(MissingProcess.Messages.class, String.class).forEach(messages::add);
            return new Catalogue(variables, beans, forms, ids, messages, componentNames());
        }

        private static Class<?> nested(Class<?> process, String name) {
            return Stream.of(process.getClasses()).filter(c -> c.getSimpleName().equals(name)).findFirst().orElseThrow();
        }

        private static <T> Stream<T> constants(Class<?> holder, Class<T> type) {
            return Stream.of(holder.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == type)
                    .map(f -> type.cast(read(f)));
        }

        private static Object read(Field field) {
            try {
                return field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The names Spring gives the application's components (what an expression resolves), from the class files. */
        private static Set<String> componentNames() {
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
            SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
            Set<String> names = new HashSet<>();
            scanner.findCandidateComponents("uk.fostering.safeguarding").forEach(definition ->
                    names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry)));
            return names;
        }
    }

    private final Catalogue catalogue;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> usedVariables = new HashSet<>();
    private final Set<String> usedBeans = new HashSet<>();
    private final Set<String> elementIds = new HashSet<>();
    private final Set<String> messageNames = new HashSet<>();
    /** Ids of called processes, decisions and messages → the file and element that reference them. */
    private final Map<String, String> references = new LinkedHashMap<>();
    /** Form id → the file and element that reference it. */
    private final Map<String, String> formRefs = new LinkedHashMap<>();

    private ModelContract(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every disagreement between these models and forms and the catalogue; empty when they agree. */
    static List<String> check(Catalogue catalogue, List<Path> models, List<Path> forms) throws IOException {
        ModelContract contract = new ModelContract(catalogue);
        for (Path model : models) {
            contract.readModel(model);
        }
        Map<String, Path> formFiles = new LinkedHashMap<>();
        for (Path form : forms) {
            contract.readForm(form, formFiles);
        }
        contract.crossCheck(formFiles);
        return contract.problems;
    }

    static List<Path> filesIn(String directory, String... endings) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(f -> Stream.of(endings).anyMatch(e -> f.toString().endsWith(e))).sorted().toList();
        }
    }

    private void readModel(Path file) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IOException(file + " is not readable XML", e);
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            readElement(file, (Element) all.item(i));
        }
    }

    private void readElement(Path file, Element element) {
        String where = file + ", " + idOf(element);
        String name = element.getLocalName();
        if (name.equals("documentation") || name.equals("text") && element.getParentNode().getLocalName().equals("inputEntry")
                || hasAncestor(element, "documentation") || hasAncestor(element, "BPMNDiagram")) {
            return;
        }
        if (element.hasAttribute("id") && !hasAncestor(element, "extensionElements")) {
            elementIds.add(element.getAttribute("id"));
        }
        if (name.equals("message")) {
            messageNames.add(element.getAttribute("name"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            expressions(where, value, attribute.getLocalName().equals("delegateExpression"));
            if (Set.of("calledElement", "decisionRef", "messageRef").contains(attribute.getLocalName())) {
                references.putIfAbsent(value, where);
            }
            if (CAMUNDA.equals(attribute.getNamespaceURI())) {
                switch (attribute.getLocalName()) {
                    case "initiator", "resultVariable", "collection", "elementVariable" -> variable(where, value);
                    case "formRef" -> formRefs.putIfAbsent(value, where);
                    case "class" -> javaClass(where, value);
                    default -> { }
                }
            }
        }
        if (CAMUNDA.equals(element.getNamespaceURI())) {
            switch (name) {
                case "in", "out" -> {
                    variable(where, element.getAttribute("source"));
                    variable(where, element.getAttribute("target"));
                }
                case "inputParameter", "outputParameter" -> variable(where, element.getAttribute("name"));
                default -> { }
            }
        }
        if (name.equals("inputExpression")) {
            dmnInput(where, element);
        } else if (!name.equals("text") && hasOnlyText(element)) {
            // conditions, timers and parameters: expressions in an element's own text
            expressions(where, element.getTextContent(), false);
        }
    }

    private void dmnInput(String where, Element input) {
        // the risk decision's inputs are JUEL, ${name}; a FEEL input is the bare name
        String text = input.getTextContent().trim().replaceFirst("^\\$\\{\\s*(\\w+)\\s*}$", "$1");
        Class<?> type = catalogue.variables().get(text);
        variable(where, text);
        Class<?> modelled = DMN_TYPES.get(input.getAttribute("typeRef"));
        if (type != null && modelled != null && !modelled.equals(type)) {
            problems.add(where + ": variable '" + text + "' is " + input.getAttribute("typeRef")
                    + " in the decision but " + type.getSimpleName() + " in the catalogue");
        }
    }

    /** The roots of each expression in the text; a delegate expression's root must be a bean. */
    private void expressions(String where, String text, boolean delegate) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher root = ROOT.matcher(expression.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "''"));
            while (root.find()) {
                String name = root.group(1);
                if (BUILT_IN.contains(name)) {
                    continue;
                }
                if (root.group(2) != null) {
                    problems.add(where + ": function '" + name + "' is not one the service's models may call");
                } else if (delegate || catalogue.beans().contains(name) || catalogue.components().contains(name)) {
                    bean(where, name);
                } else {
                    variable(where, name);
                }
            }
        }
    }

    private void bean(String where, String name) {
        usedBeans.add(name);
        if (!catalogue.beans().contains(name)) {
            problems.add(where + ": bean '" + name + "' is not in the catalogue (the processes' Beans)");
        }
        if (!catalogue.components().contains(name)) {
            problems.add(where + ": bean '" + name + "' is no @Component of the application");
        }
    }

    private void variable(String where, String name) {
        if (name.isEmpty()) {
            return;
        }
        usedVariables.add(name);
        if (!catalogue.variables().containsKey(name)) {
            problems.add(where + ": variable '" + name + "' is not in the catalogue (Vars, Inputs)");
        }
    }

    private void javaClass(String where, String name) {
        try {
            Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            problems.add(where + ": class '" + name + "' does not exist");
        }
    }

    private void readForm(Path file, Map<String, Path> formFiles) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        String id = form.path("id").asText();
        formFiles.put(id, file);
        Set<String> declared = catalogue.forms().get(id);
        if (declared == null) {
            problems.add(file + ", " + id + ": form is not in the catalogue (the processes' Forms)");
            declared = Set.of();
        }
        Set<String> keys = new TreeSet<>();
        List<JsonNode> components = new ArrayList<>();
        collect(form.path("components"), components);
        for (JsonNode component : components) {
            String where = file + ", " + component.path("id").asText(id);
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                keys.add(key);
                usedVariables.add(key);
                if (!declared.contains(key)) {
                    problems.add(where + ": field '" + key + "' is not in the catalogue for form " + id);
                }
            }
            if (component.hasNonNull("valuesKey")) {
                // the options of a select come from a variable the code sets, named like any other
                variable(where, component.get("valuesKey").asText());
            }
            Matcher template = TEMPLATE.matcher(component.path("text").asText(""));
            while (template.find()) {
                if (!declared.contains(template.group(1))) {
                    variable(where, template.group(1));
                }
            }
        }
        for (String field : new TreeSet<>(declared)) {
            if (!keys.contains(field)) {
                problems.add(file + ", " + id + ": the catalogue's field '" + field + "' is not in the form");
            }
        }
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    /** Both directions: what a model names has a definition, and what the catalogue defines is used. */
    private void crossCheck(Map<String, Path> formFiles) {
        references.forEach((id, where) -> {
            if (!elementIds.contains(id)) {
                problems.add(where + ": '" + id + "' is no process, decision or message of the models");
            }
        });
        formRefs.forEach((form, where) -> {
            if (!formFiles.containsKey(form)) {
                problems.add(where + ": form '" + form + "' has no file in forms/");
            }
        });
        formFiles.forEach((form, file) -> {
            if (!formRefs.containsKey(form)) {
                problems.add(file + ", " + form + ": no start event or user task references this form");
            }
        });
        new TreeSet<>(catalogue.forms().keySet()).stream().filter(form -> !formFiles.containsKey(form))
                .forEach(form -> problems.add("catalogue: form '" + form + "' has no file in forms/"));
        new TreeSet<>(catalogue.variables().keySet()).stream().filter(name -> !usedVariables.contains(name))
                .forEach(name -> problems.add("catalogue: variable '" + name + "' is named by no model or form"));
        new TreeSet<>(catalogue.beans()).stream().filter(name -> !usedBeans.contains(name))
                .forEach(name -> problems.add("catalogue: bean '" + name + "' is named by no model"));
        new TreeSet<>(catalogue.ids()).stream().filter(id -> !elementIds.contains(id))
                .forEach(id -> problems.add("catalogue: id '" + id + "' is no process or element of a model"));
        new TreeSet<>(catalogue.messages()).stream().filter(message -> !messageNames.contains(message))
                .forEach(message -> problems.add("catalogue: message '" + message + "' is defined by no model"));
    }

    private static String idOf(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("id")) {
                return e.getAttribute("id");
            }
        }
        return element.getLocalName();
    }

    private static boolean hasAncestor(Element element, String localName) {
        for (Node node = element.getParentNode(); node instanceof Element e; node = node.getParentNode()) {
            if (localName.equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOnlyText(Element element) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                return false;
            }
        }
        return true;
    }
}
