package uk.fostering.safeguarding.concernrecord;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.fostering.safeguarding.concern.ConcernQueries;
import uk.fostering.safeguarding.concern.ConcernView;
import uk.fostering.safeguarding.missing.MissingEpisode;
import uk.fostering.safeguarding.missing.MissingEpisodeQueries;
import uk.fostering.safeguarding.missing.MissingPersonProfiles;
import uk.fostering.safeguarding.notification.Links;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.registry.Caller;
import uk.fostering.safeguarding.shared.NotFoundException;

/** The concern record as a page: what emails and task forms link to, readable on a phone. */
@Controller
class ConcernPage {

    private final ConcernQueries concerns;
    private final MissingEpisodeQueries episodes;
    private final MissingPersonProfiles profiles;
    private final CurrentCaller currentCaller;
    private final String tasklist;

    ConcernPage(ConcernQueries concerns, MissingEpisodeQueries episodes, MissingPersonProfiles profiles,
            CurrentCaller currentCaller, Links links) {
        this.concerns = concerns;
        this.episodes = episodes;
        this.profiles = profiles;
        this.currentCaller = currentCaller;
        this.tasklist = links.tasklist();
    }

    @GetMapping("/concerns/{reference}")
    String show(@PathVariable String reference, Model model) {
        model.addAttribute("tasklist", tasklist);
        Optional<Caller> caller = currentCaller.current();
        if (caller.isEmpty()) {
            model.addAttribute("reference", reference);
            return "sign-in-first";
        }
        ConcernView view = concerns.view(reference, caller.get(), "page");
        model.addAttribute("view", view);
        model.addAttribute("chronology", view.chronology().stream().map(ChronologyLine::of).toList());
        List<MissingEpisode> missing = episodes.ofConcern(reference);
        model.addAttribute("episodes", missing);
        // the profile is for the police: shown when the child has gone missing under this concern, to those linked
        String childId = view.concern().getChildId();
        boolean profileReadable = !missing.isEmpty() && profiles.mayRead(childId, caller.get());
        model.addAttribute("profileReadable", profileReadable);
        model.addAttribute("profile", profileReadable ? profiles.of(childId, caller.get()).orElse(null) : null);
        return "concern";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("tasklist", tasklist);
        return "concern-not-found";
    }
}
