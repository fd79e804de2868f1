package uk.fostering.safeguarding.notification;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders emails: .html templates as HTML (escaped), .txt templates as plain text. */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
    }

    ITemplateEngine engine() {
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
