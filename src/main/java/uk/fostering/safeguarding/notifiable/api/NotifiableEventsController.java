package uk.fostering.safeguarding.notifiable.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.fostering.safeguarding.notifiable.EventReport;
import uk.fostering.safeguarding.notifiable.NotifiableEvent;
import uk.fostering.safeguarding.notifiable.NotifiableEventKind;
import uk.fostering.safeguarding.notifiable.NotifiableEvents;
import uk.fostering.safeguarding.notifiable.Notified;
import uk.fostering.safeguarding.process.CurrentCaller;
import uk.fostering.safeguarding.shared.InvalidInputException;

@RestController
@RequestMapping("/api/concerns/{reference}/notifiable-events")
@Tag(name = "Notifiable events", description = "The register of events to notify to Ofsted and the placing authority")
@SecurityRequirement(name = "basic")
class NotifiableEventsController {

    private final NotifiableEvents events;
    private final CurrentCaller currentCaller;

    NotifiableEventsController(NotifiableEvents events, CurrentCaller currentCaller) {
        this.events = events;
        this.currentCaller = currentCaller;
    }

    @GetMapping
    @Operation(summary = "The concern's notifiable events and whether each notification has been sent")
    List<EventView> list(@PathVariable String reference) {
        return events.of(reference, currentCaller.required(), "notifiable events api").stream().map(EventView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Enter a notifiable event of the concern (staff; not carers): the registered manager gets the "
            + "steps \"Notify Ofsted\" and \"Notify the placing authority\", each due within 24 hours by default")
    ResponseEntity<EventView> register(@PathVariable String reference, @RequestBody EventRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        NotifiableEvent event = events.registerByStaff(reference, new EventReport(request.kind(), request.occurredAt()),
                currentCaller.required());
        return ResponseEntity.created(URI.create("/api/concerns/" + reference + "/notifiable-events")).body(EventView.of(event));
    }

    @Schema(description = "A notifiable event entered by staff")
    record EventRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) NotifiableEventKind kind,
            @Schema(description = "When it happened; not in the future", requiredMode = Schema.RequiredMode.REQUIRED)
            Instant occurredAt) {
    }

    @Schema(description = "A row of the register; a notification is null until the registered manager records it")
    record EventView(long id, NotifiableEventKind kind, int occurrence, Instant occurredAt, String registeredBy,
            Instant registeredAt, Sent ofsted, Sent placingAuthority) {

        static EventView of(NotifiableEvent e) {
            return new EventView(e.getId(), e.getKind(), e.getOccurrence(), e.getOccurredAt(), e.getRegisteredBy(),
                    e.getRegisteredAt(), Sent.of(e.getOfsted()), Sent.of(e.getPlacingAuthority()));
        }
    }

    record Sent(Instant at, String reference, String recordedBy) {

        static Sent of(Notified notified) {
            return notified == null ? null : new Sent(notified.at(), notified.reference(), notified.by());
        }
    }
}
