package uk.fostering.safeguarding.registryadmin;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.fostering.safeguarding.web.FormToken;

/**
 * Setting your own password (GOV.UK's "create a password" pattern, the rules stated first): from the one-time link
 * of an invitation or of "Forgotten your password?". Nobody is signed in here; the link is the proof.
 */
@Controller
@Hidden
class PasswordPages {

    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    private final Passwords passwords;

    PasswordPages(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgotten")
    String forgottenForm(Model model, HttpServletRequest request) {
        return forgottenPage(null, PageProblems.NONE, model, request);
    }

    @PostMapping("/password/forgotten")
    String forgotten(@RequestParam(required = false) String email,
            @RequestParam(name = FormToken.FIELD, required = false) String token, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!FormToken.matches(request, token)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "password/out-of-date";
        }
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !ImportCheck.EMAIL.matcher(address).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return forgottenPage(address, problem("email", "Enter your email address, like name@example.org"), model,
                    request);
        }
        Optional<Duration> wait = passwords.waitBefore(address, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
            return "password/wait";
        }
        passwords.forgotten(address, request.getRemoteAddr());
        return "password/sent";
    }

    @GetMapping("/password/{token:" + TOKEN + "}")
    String setForm(@PathVariable String token, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<String> holder = passwords.holder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "password/not-valid";
        }
        return setPage(token, holder.get(), PageProblems.NONE, model, request);
    }

    @PostMapping("/password/{token:" + TOKEN + "}")
    String set(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm,
            @RequestParam(name = FormToken.FIELD, required = false) String formToken, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<String> holder = passwords.holder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "password/not-valid";
        }
        if (!FormToken.matches(request, formToken)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "password/out-of-date";
        }
        Optional<String> wrong = Passwords.problem(holder.get(), password);
        PageProblems problems = wrong.map(text -> problem("password", text))
                .orElse(password.equals(confirm) ? PageProblems.NONE : problem("confirm", "Passwords must match"));
        if (problems.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return setPage(token, holder.get(), problems, model, request);
        }
        if (passwords.set(token, password).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "password/not-valid";
        }
        model.addAttribute("userId", holder.get());
        return "password/done";
    }

    private static String setPage(String token, String userId, PageProblems problems, Model model,
            HttpServletRequest request) {
        model.addAttribute("token", token);
        model.addAttribute("userId", userId);
        model.addAttribute("problems", problems);
        model.addAttribute("minLength", Passwords.MIN_LENGTH);
        model.addAttribute("formToken", FormToken.of(request));
        return "password/set";
    }

    private static String forgottenPage(String email, PageProblems problems, Model model, HttpServletRequest request) {
        model.addAttribute("email", email);
        model.addAttribute("problems", problems);
        model.addAttribute("formToken", FormToken.of(request));
        return "password/forgotten";
    }

    private static PageProblems problem(String input, String text) {
        return new PageProblems(java.util.List.of(new PageProblems.Line(input, text)), Map.of(input, text));
    }
}
