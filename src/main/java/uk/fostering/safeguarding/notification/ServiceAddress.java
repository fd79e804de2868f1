package uk.fostering.safeguarding.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach the service ({@code safeguarding.base-url}): the start of every link it gives out, in
 * emails and on its pages. Read here only; {@link Links} builds the links.
 */
@ConfigurationProperties("safeguarding")
public record ServiceAddress(String baseUrl) {

    public ServiceAddress {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("safeguarding.base-url must be set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
