package uk.fostering.safeguarding.carer;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.fostering.safeguarding.carer.process.CarerEngine;
import uk.fostering.safeguarding.missing.ChildMissingPeriod;
import uk.fostering.safeguarding.missing.MissingEpisodeQueries;
import uk.fostering.safeguarding.registry.Caller;

/** "Your children": the children placed with the signed-in carer, what they can do for each, and their open steps. */
@Controller
@Hidden
class ChildrenPage {

    private final Carers carers;
    private final CarerEngine engine;
    private final MissingEpisodeQueries episodes;

    ChildrenPage(Carers carers, CarerEngine engine, MissingEpisodeQueries episodes) {
        this.carers = carers;
        this.engine = engine;
        this.episodes = episodes;
    }

    @GetMapping("/carer")
    String children(Model model) {
        Caller carer = carers.carer();
        Set<String> missingNow = episodes.currentlyMissing().stream().map(ChildMissingPeriod::childId)
                .collect(Collectors.toSet());
        List<Row> rows = carers.children(carer).stream()
                .map(c -> new Row(c.id(), Carers.name(c), c.age(), missingNow.contains(c.id()))).toList();
        model.addAttribute("children", rows);
        model.addAttribute("openSteps", engine.openSteps(carer.userId()).size());
        return "carer/children";
    }

    /** A child as the page lists them. */
    record Row(String id, String name, int age, boolean missingNow) {
    }
}
