package uk.fostering.safeguarding.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The models and forms name only what the code defines, and the catalogue defines nothing they do not name
 * (README, "Code"). The broken copies in {@code src/test/resources/contract/} show that each kind of
 * disagreement is reported with its file and element.
 */
class ModelContractTest {

    private static final ModelContract.Catalogue CODE = ModelContract.Catalogue.ofCode();
    private static final String BROKEN = "src/test/resources/contract/";

    @Test
    void theModelsAndFormsAgreeWithTheCatalogue() throws IOException {
        assertThat(ModelContract.check(CODE, models(), forms())).isEmpty();
    }

    @Test
    void theCatalogueNamesTheBeansTheApplicationDefines() {
        assertThat(CODE.components()).containsAll(CODE.beans());
        assertThat(ModelBeans.NAMES).isEqualTo(CODE.beans());
    }

    @Test
    void noVariableNameIsDefinedTwice() {
        List<String> names = Stream.of(ConcernProcess.class, MissingProcess.class)
                .flatMap(process -> Stream.of(process.getClasses()))
                .flatMap(holder -> Stream.of(holder.getDeclaredFields()))
                .filter(field -> field.getType() == ProcessVariable.class)
                .map(field -> ((ProcessVariable<?>) read(field)).name()).toList();
        assertThat(names).hasSizeGreaterThan(20).doesNotHaveDuplicates();
    }

    @Test
    void aBeanTheCodeDoesNotDefineIsReported() throws IOException {
        assertThat(ModelContract.check(CODE, with(models(), BROKEN + "unknown-bean.bpmn"), forms())).containsExactly(
                BROKEN + "unknown-bean.bpmn, Task_CallsUnknownBean: bean 'concernArchiver' is not in the catalogue "
                        + "(the processes' Beans)",
                BROKEN + "unknown-bean.bpmn, Task_CallsUnknownBean: bean 'concernArchiver' is no @Component of the application",
                BROKEN + "unknown-bean.bpmn, Task_CallsComponentOffTheList: bean 'concernSteps' is not in the catalogue "
                        + "(the processes' Beans)",
                BROKEN + "unknown-bean.bpmn, Task_CallsMissingClass: class 'uk.fostering.safeguarding.NoSuchDelegate' "
                        + "does not exist");
    }

    @Test
    void aVariableAFormOrAProcessTheCodeDoesNotDefineIsReported() throws IOException {
        String file = BROKEN + "unknown-variable.bpmn";
        assertThat(ModelContract.check(CODE, with(models(), file), forms())).containsExactly(
                file + ", Flow_Unknown: variable 'childMisssing' is not in the catalogue (Vars, Inputs)",
                file + ", Task_Unknown: variable 'teamLeaderId' is not in the catalogue (Vars, Inputs)",
                file + ", Task_Unknown: variable 'priorityHint' is not in the catalogue (Vars, Inputs)",
                file + ", CallActivity_Unknown: 'noSuchProcess' is no process, decision or message of the models",
                file + ", Task_Unknown: form 'no-such-form' has no file in forms/");
    }

    @Test
    void aDecisionInputOfAnotherTypeOrUnknownIsReported() throws IOException {
        String file = BROKEN + "wrong-type.dmn";
        assertThat(ModelContract.check(CODE, with(models(), file), forms())).containsExactly(
                file + ", Input_ChildAgeExpression: variable 'childAge' is string in the decision but Integer in the catalogue",
                file + ", Input_PostcodeExpression: variable 'childPostcode' is not in the catalogue (Vars, Inputs)");
    }

    @Test
    void aFormFieldTheCatalogueDoesNotListIsReportedAndSoIsTheFieldItLost() throws IOException {
        String file = BROKEN + "talk-with-child.form";
        assertThat(ModelContract.check(CODE, models(), with(forms(), file))).containsExactly(
                file + ", Field_talkNotes: field 'talkNote' is not in the catalogue for form talk-with-child",
                file + ", talk-with-child: the catalogue's field 'talkNotes' is not in the form");
    }

    @Test
    void aFormNoModelReferencesIsReported() throws IOException {
        String file = BROKEN + "orphan.form";
        List<Path> forms = new ArrayList<>(forms());
        forms.add(Path.of(file));
        assertThat(ModelContract.check(CODE, models(), forms)).containsExactly(
                file + ", orphan-form: form is not in the catalogue (the processes' Forms)",
                file + ", Field_summary: field 'summary' is not in the catalogue for form orphan-form",
                file + ", orphan-form: no start event or user task references this form");
    }

    @Test
    void aNameOfTheCatalogueThatNoModelUsesIsReported() throws IOException {
        List<Path> withoutTheDecision = models().stream().filter(model -> !model.toString().endsWith(".dmn")).toList();
        assertThat(ModelContract.check(CODE, withoutTheDecision, forms())).contains(
                "bpmn/safeguardingConcern.bpmn, Task_AssessRisk: 'Decision_RiskLevel' is no process, decision or message "
                        + "of the models",
                "catalogue: variable 'childAge' is named by no model or form",
                "catalogue: variable 'indicatorCount' is named by no model or form",
                "catalogue: variable 'seriousIndicator' is named by no model or form");
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> models() throws IOException {
        return ModelContract.filesIn("bpmn", ".bpmn", ".dmn");
    }

    private static List<Path> forms() throws IOException {
        return ModelContract.filesIn("forms", ".form");
    }

    /** The files with the broken copy in place of the file of the same name, or beside them if there is none. */
    private static List<Path> with(List<Path> files, String broken) {
        Path copy = Path.of(broken);
        List<Path> result = new ArrayList<>(files.stream()
                .filter(file -> !file.getFileName().equals(copy.getFileName())).toList());
        result.add(copy);
        return result;
    }
}
